<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Welcome. Your claims will be saved under this annotator name:</source>
        <translation>欢迎使用。您标注的论断将以此标注人姓名保存：</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>您的姓名或缩写</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注人</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Codebook</source>
        <translation>编码表</translation>
    </message>
    <message>
        <source>Choose a dimension or a label.</source>
        <translation>请选择一个维度或标签。</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add dimension…</source>
        <translation>添加维度…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>导出到文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The project is read-only: the codebook can be viewed.</source>
        <translation>项目为只读：编码表只能查看。</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>已恢复原样。</translation>
    </message>
    <message>
        <source>Shortcut {key} is given to: {labels}</source>
        <translation>快捷键 {key} 同时分配给了：{labels}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>New label in “{dim}”</source>
        <translation>在“{dim}”中新建标签</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新建维度</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the label “{label}”? No claim uses it.</source>
        <translation>删除标签“{label}”？没有论断使用它。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>The dimension “{dim}” and its {labels} label(s) are used by {n} claim(s). Delete it and remove its labels from those claims (the claims stay)?</source>
        <translation>维度“{dim}”及其 {labels} 个标签被 {n} 条论断使用。是否删除该维度，并从这些论断中移除其标签（论断本身保留）？</translation>
    </message>
    <message>
        <source>Delete the dimension “{dim}” and its {labels} label(s)?</source>
        <translation>删除维度“{dim}”及其 {labels} 个标签？</translation>
    </message>
    <message>
        <source>Delete dimension</source>
        <translation>删除维度</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>导入编码表</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>导出编码表</translation>
    </message>
    <message>
        <source>Codebook written to {path}</source>
        <translation>编码表已写入 {path}</translation>
    </message>
    <message>
        <source>Codebook (*.json);;All files (*)</source>
        <translation>编码表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Shortcut key:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Key in files:</source>
        <translation>文件中的键名：</translation>
    </message>
    <message>
        <source>“{key}” is already the key of {label}</source>
        <translation>“{key}”已是 {label} 的快捷键</translation>
    </message>
    <message>
        <source>Also the key of the window command “{command}”</source>
        <translation>该键也是窗口命令“{command}”的快捷键</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>选择方式：</translation>
    </message>
    <message>
        <source>One label per claim</source>
        <translation>每条论断一个标签</translation>
    </message>
    <message>
        <source>Several labels per claim</source>
        <translation>每条论断可有多个标签</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The label “{label}” is used by {n} claim(s). What should happen to them?</source>
        <translation>标签“{label}”被 {n} 条论断使用。这些论断应如何处理？</translation>
    </message>
    <message>
        <source>Give them this label instead:</source>
        <translation>改为使用此标签：</translation>
    </message>
    <message>
        <source>Remove the label from those claims (the claims stay)</source>
        <translation>从这些论断中移除该标签（论断本身保留）</translation>
    </message>
    <message>
        <source>Merge label</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge “{label}” into another label. Its {n} claim(s) get that label and “{label}” is deleted.</source>
        <translation>将“{label}”合并到另一个标签。它的 {n} 条论断将改用该标签，“{label}”随后被删除。</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合并到：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论断数</translation>
    </message>
    <message>
        <source>one per claim</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>several per claim</source>
        <translation>多选</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Details are also written to the log file: {path}</source>
        <translation>详情也已写入日志文件：{path}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe; the last change may not have been saved.

{summary}</source>
        <translation>出现了问题。已保存的工作是安全的；最后一次修改可能未保存。

{summary}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, one row per claim (.csv)</source>
        <translation>CSV，每行一条论断 (.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, one article per line (.jsonl)</source>
        <translation>JSON Lines，每行一篇文章 (.jsonl)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>The articles of the current filter</source>
        <translation>当前筛选出的文章</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>包含实体</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <source>&amp;Labels and headers in:</source>
        <translation>标签和表头语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>The folder does not exist: {folder}</source>
        <translation>文件夹不存在：{folder}</translation>
    </message>
    <message>
        <source>This is a folder, not a file: {path}</source>
        <translation>这是一个文件夹，不是文件：{path}</translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation>{name} 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written; an older file is unchanged.</source>
        <translation>导出已取消。没有写入文件；原有文件保持不变。</translation>
    </message>
    <message>
        <source>Exported {claims:,} claim(s) from {articles:,} article(s) to:
{path}</source>
        <translation>已将 {articles:,} 篇文章中的 {claims:,} 条论断导出到：
{path}</translation>
    </message>
    <message>
        <source>{n} cell(s) were longer than Excel allows and were cut with a mark.</source>
        <translation>有 {n} 个单元格超出 Excel 的长度上限，已截断并加了标记。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Articles ({exts});;All files (*)</source>
        <translation>文章 ({exts});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Imported: {imported:,}   Duplicates skipped: {dups:,}   Failed: {failed:,}</source>
        <translation>已导入：{imported:,}   跳过重复：{dups:,}   失败：{failed:,}</translation>
    </message>
    <message>
        <source>Import cancelled: the articles imported before Cancel are kept, whole.</source>
        <translation>导入已取消：取消前已导入的文章完整保留。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Not imported, with the reason:</source>
        <translation>未导入的内容及原因：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>正在导入文章</translation>
    </message>
    <message>
        <source>Paste as article</source>
        <translation>粘贴为文章</translation>
    </message>
    <message>
        <source>The clipboard holds one article.</source>
        <translation>剪贴板中有一篇文章。</translation>
    </message>
    <message>
        <source>The clipboard holds a digest of {n} articles.</source>
        <translation>剪贴板中是一份包含 {n} 篇文章的摘要。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Import {n} article(s)</source>
        <translation>导入 {n} 篇文章</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>您的姓名或缩写</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Article &amp;text size:</source>
        <translation>正文字号(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>标注人(&amp;A)：</translation>
    </message>
    <message>
        <source>The annotator name is stored with every claim you make.</source>
        <translation>标注人姓名会随您标注的每条论断一起保存。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Read rare-earth news in Chinese and English, mark claims, tag their stance and topics, export workbooks.</source>
        <translation>阅读中英文稀土新闻，标出论断，标注立场和主题，导出工作簿。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation>（找不到文件）</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste as article</source>
        <translation>粘贴为文章(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>编码表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Annotator name…</source>
        <translation>标注人姓名(&amp;A)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sentence mode</source>
        <translation>逐句模式(&amp;S)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>Up/Down or J/K move the sentence cursor; a stance key tags the sentence</source>
        <translation>上/下方向键或 J/K 移动句子光标；按立场键即把该句标为论断</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>采纳建议(&amp;A)</translation>
    </message>
    <message>
        <source>Tag the suggested claim under (or after) the cursor; then press a stance key</source>
        <translation>把光标处（或其后）的建议论断标为论断，然后按立场键</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>删除论断(&amp;D)</translation>
    </message>
    <message>
        <source>Ne&amp;xt claim</source>
        <translation>下一条论断(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious claim</source>
        <translation>上一条论断(&amp;V)</translation>
    </message>
    <message>
        <source>Correct &amp;entity…</source>
        <translation>更正实体(&amp;E)…</translation>
    </message>
    <message>
        <source>Add, retype or suppress the entity at the cursor or the selection</source>
        <translation>对光标处或选中文本的实体进行添加、改类型或屏蔽</translation>
    </message>
    <message>
        <source>Mark &amp;done, next unfinished</source>
        <translation>标为完成，转到下一篇未完成(&amp;D)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>下一篇未完成(&amp;U)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>转到文章列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;text</source>
        <translation>转到正文(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard map</source>
        <translation>快捷键一览(&amp;K)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;About RareEarth Desk</source>
        <translation>关于 RareEarth Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Show {type} highlights</source>
        <translation>显示“{type}”高亮</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Stance: {name}</source>
        <translation>立场：{name}</translation>
    </message>
    <message>
        <source>Stance (tags the selection or the current sentence)</source>
        <translation>立场（标注选中文本或当前句子）</translation>
    </message>
    <message>
        <source>Topic: {name}</source>
        <translation>主题：{name}</translation>
    </message>
    <message>
        <source>Topics (toggle on the current claim)</source>
        <translation>主题（在当前论断上切换）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Entity types</source>
        <translation>实体类型(&amp;E)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next / previous claim</source>
        <translation>下一条 / 上一条论断</translation>
    </message>
    <message>
        <source>Select (snaps to whole words)</source>
        <translation>选择文本（自动对齐到整词）</translation>
    </message>
    <message>
        <source>Move the sentence cursor (sentence mode)</source>
        <translation>移动句子光标（逐句模式）</translation>
    </message>
    <message>
        <source>Current claim; a sentence in sentence mode</source>
        <translation>设为当前论断；逐句模式下选中句子</translation>
    </message>
    <message>
        <source>Clear the selection, then the current claim</source>
        <translation>先取消选择，再取消当前论断</translation>
    </message>
    <message>
        <source>Entity corrections</source>
        <translation>更正实体</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>返回正文</translation>
    </message>
</context>
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
    <name>ArticleList</name>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} 篇文章</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Search titles and text  (Ctrl+F)</source>
        <translation>搜索标题和正文  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Source, collection, stance, topic, annotator, entity, dates</source>
        <translation>来源、合集、立场、主题、标注人、实体、日期</translation>
    </message>
    <message>
        <source>entity, e.g. 镝 or Lynas</source>
        <translation>实体，如 镝 或 Lynas</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注人</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>全部合集</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>全部标注人</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>任意立场</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>任意主题</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>new</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>started</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>节选</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>来源不明</translation>
    </message>
    <message>
        <source>excerpt (cut by the search tool)</source>
        <translation>节选（被检索工具截断）</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>Current claim</source>
        <translation>当前论断</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Note (N); Esc returns to the text</source>
        <translation>备注 (N)；按 Esc 返回正文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(no stance)</source>
        <translation>（无立场）</translation>
    </message>
    <message>
        <source>Claims ({n})</source>
        <translation>论断（{n}）</translation>
    </message>
    <message>
        <source>Claims: select text and press a stance key</source>
        <translation>论断：选中文本后按立场键</translation>
    </message>
    <message>
        <source>unknown annotator</source>
        <translation>标注人不明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Stance: {name}</source>
        <translation>立场：{name}</translation>
    </message>
    <message>
        <source>Topics: {names}</source>
        <translation>主题：{names}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
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
    <name>Entities</name>
    <message>
        <source>Country / place</source>
        <translation>国家 / 地区</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Mine / location</source>
        <translation>矿山 / 地点</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>EntityMenu</name>
    <message>
        <source>Add “{term}” as entity (this article)</source>
        <translation>将“{term}”添加为实体（本文）</translation>
    </message>
    <message>
        <source>Add “{term}” as entity (whole project)</source>
        <translation>将“{term}”添加为实体（整个项目）</translation>
    </message>
    <message>
        <source>Change type of “{term}” (this article)</source>
        <translation>更改“{term}”的类型（本文）</translation>
    </message>
    <message>
        <source>Change type of “{term}” (whole project)</source>
        <translation>更改“{term}”的类型（整个项目）</translation>
    </message>
    <message>
        <source>Not an entity: suppress “{term}” in this article</source>
        <translation>不是实体：在本文中屏蔽“{term}”</translation>
    </message>
    <message>
        <source>Not an entity: suppress “{term}” in the whole project</source>
        <translation>不是实体：在整个项目中屏蔽“{term}”</translation>
    </message>
    <message>
        <source>Select text to add an entity, or right-click a highlight</source>
        <translation>选中文本可添加实体，或在高亮处点右键</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Entities: loading the highlighter…</source>
        <translation>实体：正在加载识别器…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entities: {n} in this article</source>
        <translation>实体：本文共 {n} 处</translation>
    </message>
    <message>
        <source>… {n} more, each fewer times</source>
        <translation>… 另有 {n} 个，出现次数更少</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>The project file is read-only: you can read but not annotate.</source>
        <translation>项目文件为只读：可以阅读，但不能标注。</translation>
    </message>
    <message>
        <source>Every article in this list is done.</source>
        <translation>此列表中的文章已全部完成。</translation>
    </message>
    <message>
        <source>Saved ✓ {time}</source>
        <translation>已保存 ✓ {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Article {n} of {total}</source>
        <translation>第 {n} 篇，共 {total} 篇</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 条论断</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} 条论断</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>标注人：{name}</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>exporting claims</source>
        <translation>正在导出论断</translation>
    </message>
    <message>
        <source>exporting articles</source>
        <translation>正在导出文章</translation>
    </message>
    <message>
        <source>claims {0} of {1}</source>
        <translation>论断 {0} / {1}</translation>
    </message>
    <message>
        <source>articles {0} of {1}</source>
        <translation>文章 {0} / {1}</translation>
    </message>
    <message>
        <source>writing the workbook</source>
        <translation>正在写入工作簿</translation>
    </message>
    <message>
        <source>finding entities</source>
        <translation>正在识别实体</translation>
    </message>
    <message>
        <source>entities of {0} of {1} articles</source>
        <translation>已识别 {0} / {1} 篇文章的实体</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>{0}: {1} imported</source>
        <translation>{0}：已导入 {1} 篇</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>old Word format: save it as .docx</source>
        <translation>旧版 Word 格式：请另存为 .docx</translation>
    </message>
    <message>
        <source>old Excel format: save it as .xlsx</source>
        <translation>旧版 Excel 格式：请另存为 .xlsx</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>内存不足，无法读取该文件</translation>
    </message>
    <message>
        <source>could not read the file ({0})</source>
        <translation>无法读取该文件（{0}）</translation>
    </message>
    <message>
        <source>cannot read the file ({0})</source>
        <translation>无法读取该文件（{0}）</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>正文为空</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for Word documents</source>
        <translation>文件大小为 {0}，超过 Word 文档 {1} 的上限</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for Excel workbooks</source>
        <translation>文件大小为 {0}，超过 Excel 工作簿 {1} 的上限</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for text files</source>
        <translation>文件大小为 {0}，超过文本文件 {1} 的上限</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for {2}</source>
        <translation>文件大小为 {0}，超过 {2} {1} 的上限</translation>
    </message>
    <message>
        <source>binary file, not text (it contains NUL bytes)</source>
        <translation>二进制文件，不是文本（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>binary file, not text (it contains control characters)</source>
        <translation>二进制文件，不是文本（含有控制字符）</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes on line {0} (byte {1})</source>
        <translation>第 {0} 行有无效的 UTF-8 字节（第 {1} 字节）</translation>
    </message>
    <message>
        <source>undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text</source>
        <translation>无法解码：不是 UTF-8、UTF-16、GB18030/GBK 或 Big5 文本</translation>
    </message>
    <message>
        <source>undecodable bytes for {0} at byte {1}</source>
        <translation>按 {0} 无法解码第 {1} 字节</translation>
    </message>
    <message>
        <source>damaged or truncated file (not a readable zip container)</source>
        <translation>文件已损坏或不完整（不是可读取的 zip 容器）</translation>
    </message>
    <message>
        <source>suspicious file: {0} parts inside (limit {1})</source>
        <translation>可疑文件：内含 {0} 个部件（上限 {1}）</translation>
    </message>
    <message>
        <source>suspicious file: unpacks to {0}, over the {1} limit (zip bomb?)</source>
        <translation>可疑文件：解压后为 {0}，超过 {1} 的上限（疑似 zip 炸弹？）</translation>
    </message>
    <message>
        <source>suspicious file: part {0} is compressed {1}:1 (zip bomb?)</source>
        <translation>可疑文件：部件 {0} 的压缩比为 {1}:1（疑似 zip 炸弹？）</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{0}&apos; (supported: {1}, or a digest)</source>
        <translation>不支持的文件类型“{0}”（支持：{1}，或摘要文件）</translation>
    </message>
    <message>
        <source>no articles found (no &apos;Source· YYYY-MM-DD HH:MM&apos; lines)</source>
        <translation>未找到文章（没有“来源· YYYY-MM-DD HH:MM”格式的行）</translation>
    </message>
    <message>
        <source>article &apos;{0}&apos; has no text</source>
        <translation>文章“{0}”没有正文</translation>
    </message>
    <message>
        <source>no text in the file</source>
        <translation>文件中没有文本</translation>
    </message>
    <message>
        <source>no text in the document</source>
        <translation>文档中没有文本</translation>
    </message>
    <message>
        <source>no text in the page</source>
        <translation>网页中没有文本</translation>
    </message>
    <message>
        <source>no readable text in the page</source>
        <translation>网页中没有可读取的正文</translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation>没有可导入的文本</translation>
    </message>
    <message>
        <source>damaged or not a Word document ({0})</source>
        <translation>文件已损坏或不是 Word 文档（{0}）</translation>
    </message>
    <message>
        <source>damaged Word document ({0})</source>
        <translation>Word 文档已损坏（{0}）</translation>
    </message>
    <message>
        <source>not a readable HTML page ({0})</source>
        <translation>不是可读取的 HTML 网页（{0}）</translation>
    </message>
    <message>
        <source>line {0} is not valid JSON ({1})</source>
        <translation>第 {0} 行不是有效的 JSON（{1}）</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}: {1})</source>
        <translation>不是有效的 JSON（第 {0} 行：{1}）</translation>
    </message>
    <message>
        <source>not valid JSON ({0})</source>
        <translation>不是有效的 JSON（{0}）</translation>
    </message>
    <message>
        <source>expected a list of articles</source>
        <translation>应为文章列表</translation>
    </message>
    <message>
        <source>expected an object, found {0}</source>
        <translation>应为对象，实际为 {0}</translation>
    </message>
    <message>
        <source>no &apos;text&apos; field</source>
        <translation>缺少“text”字段</translation>
    </message>
    <message>
        <source>&apos;claims&apos; is not a list</source>
        <translation>“claims”不是列表</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a string</source>
        <translation>“{0}”不是字符串</translation>
    </message>
    <message>
        <source>unknown status &apos;{0}&apos; (use {1})</source>
        <translation>未知状态“{0}”（可用：{1}）</translation>
    </message>
    <message>
        <source>unknown lang &apos;{0}&apos; (use zh, en or mixed)</source>
        <translation>未知语言“{0}”（可用：zh、en 或 mixed）</translation>
    </message>
    <message>
        <source>unreadable date &apos;{0}&apos;</source>
        <translation>无法识别的日期“{0}”</translation>
    </message>
    <message>
        <source>claim {0} is not an object</source>
        <translation>论断 {0} 不是对象</translation>
    </message>
    <message>
        <source>claim {0}: &apos;start&apos; and &apos;end&apos; must be whole numbers</source>
        <translation>论断 {0}：“start”和“end”必须是整数</translation>
    </message>
    <message>
        <source>claim {0}: &apos;stance&apos; is not a string</source>
        <translation>论断 {0}：“stance”不是字符串</translation>
    </message>
    <message>
        <source>claim {0}: quote does not match the text at {1}-{2}</source>
        <translation>论断 {0}：引文与正文 {1}-{2} 处的内容不符</translation>
    </message>
    <message>
        <source>claim {0}: span {1}-{2} is outside the text (length {3})</source>
        <translation>论断 {0}：范围 {1}-{2} 超出正文（长度 {3}）</translation>
    </message>
    <message>
        <source>claim {0}: &apos;topics&apos; must be a list of label names</source>
        <translation>论断 {0}：“topics”必须是标签名称的列表</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>unknown field &apos;{0}&apos; in the column mapping (fields: {1})</source>
        <translation>列映射中有未知字段“{0}”（可用字段：{1}）</translation>
    </message>
    <message>
        <source>sheet &apos;{0}&apos;: {1}</source>
        <translation>工作表“{0}”：{1}</translation>
    </message>
    <message>
        <source>column {0} for &apos;{1}&apos; is outside the sheet</source>
        <translation>“{1}”对应的第 {0} 列超出了工作表范围</translation>
    </message>
    <message>
        <source>no column &apos;{0}&apos; for &apos;{1}&apos;; columns: {2}</source>
        <translation>没有“{0}”列可用作“{1}”；现有列：{2}</translation>
    </message>
    <message>
        <source>no text column; columns found: {0}</source>
        <translation>没有正文列；现有列：{0}</translation>
    </message>
    <message>
        <source>row {0} has no text</source>
        <translation>第 {0} 行没有正文</translation>
    </message>
    <message>
        <source>no rows in the file</source>
        <translation>文件中没有数据行</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <source>damaged or not an Excel workbook ({0})</source>
        <translation>文件已损坏或不是 Excel 工作簿（{0}）</translation>
    </message>
    <message>
        <source>damaged sheet ({0})</source>
        <translation>工作表已损坏（{0}）</translation>
    </message>
    <message>
        <source>article has no text: {0}</source>
        <translation>文章没有正文：{0}</translation>
    </message>
    <message>
        <source>unknown stance label {0} in {1}</source>
        <translation>未知的立场标签 {0}（位于 {1}）</translation>
    </message>
    <message>
        <source>unknown topic label {0} in {1}</source>
        <translation>未知的主题标签 {0}（位于 {1}）</translation>
    </message>
    <message>
        <source>unknown status {0}: {1}</source>
        <translation>未知状态 {0}：{1}</translation>
    </message>
    <message>
        <source>folder does not exist: {0}</source>
        <translation>文件夹不存在：{0}</translation>
    </message>
    <message>
        <source>is a folder, not a file: {0}</source>
        <translation>这是文件夹，不是文件：{0}</translation>
    </message>
    <message>
        <source>cannot write in {0}: {1}</source>
        <translation>无法在 {0} 中写入：{1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>unknown export format (use .xlsx, .csv or .jsonl): {0}</source>
        <translation>未知的导出格式（请用 .xlsx、.csv 或 .jsonl）：{0}</translation>
    </message>
    <message>
        <source>{0}: links to Articles on the first {1} rows only (Excel&apos;s limit); {2} rows have the article id alone</source>
        <translation>{0}：仅前 {1} 行链接到“文章”表（Excel 的上限）；其余 {2} 行只有文章编号</translation>
    </message>
    <message>
        <source>entities left out: the highlighter is not available ({0})</source>
        <translation>未包含实体：实体识别不可用（{0}）</translation>
    </message>
    <message>
        <source>project file not found: {0}</source>
        <translation>找不到项目文件：{0}</translation>
    </message>
    <message>
        <source>not a project file: {0}</source>
        <translation>不是项目文件：{0}</translation>
    </message>
    <message>
        <source>project is already open in another window or process: {0}</source>
        <translation>项目已在另一个窗口或进程中打开：{0}</translation>
    </message>
    <message>
        <source>cannot lock the project (folder not writable?): {0}</source>
        <translation>无法锁定项目（文件夹不可写？）：{0}</translation>
    </message>
    <message>
        <source>not a RareEarth Desk project (no schema version): {0}</source>
        <translation>不是 RareEarth Desk 项目（没有结构版本）：{0}</translation>
    </message>
    <message>
        <source>project was made by a newer version of RareEarth Desk (schema {0}, this version reads up to {1}): {2}</source>
        <translation>项目由更新版本的 RareEarth Desk 创建（结构版本 {0}，本版本最高只能读取 {1}）：{2}</translation>
    </message>
    <message>
        <source>project needs upgrading from schema {0} but the file is read-only: {1}</source>
        <translation>项目需要从结构版本 {0} 升级，但文件是只读的：{1}</translation>
    </message>
    <message>
        <source>cannot back up the project before upgrading it: {0}</source>
        <translation>升级前无法备份项目：{0}</translation>
    </message>
    <message>
        <source>project file is damaged ({0}): {1}; newest backup: {2}</source>
        <translation>项目文件已损坏（{0}）：{1}；最新备份：{2}</translation>
    </message>
    <message>
        <source>project file is damaged ({0}): {1}</source>
        <translation>项目文件已损坏（{0}）：{1}</translation>
    </message>
    <message>
        <source>not a SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>file is cut short</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>upgrade from schema {0} failed: {1}</source>
        <translation>从结构版本 {0} 升级失败：{1}</translation>
    </message>
    <message>
        <source>a file of that name already exists: {0}</source>
        <translation>同名文件已存在：{0}</translation>
    </message>
    <message>
        <source>folder not found: {0}</source>
        <translation>找不到文件夹：{0}</translation>
    </message>
    <message>
        <source>cannot create the project: {0}</source>
        <translation>无法创建项目：{0}</translation>
    </message>
    <message>
        <source>article {0} does not exist</source>
        <translation>文章 {0} 不存在</translation>
    </message>
    <message>
        <source>label {0} does not exist</source>
        <translation>标签 {0} 不存在</translation>
    </message>
    <message>
        <source>claim {0} already exists</source>
        <translation>论断 {0} 已存在</translation>
    </message>
    <message>
        <source>correction {0} does not exist</source>
        <translation>更正 {0} 不存在</translation>
    </message>
    <message>
        <source>a correction needs a term</source>
        <translation>更正需要一个词语</translation>
    </message>
    <message>
        <source>label {0} is not in a single-choice dimension</source>
        <translation>标签 {0} 不属于单选维度</translation>
    </message>
    <message>
        <source>labels {0} and {1} belong to the same single-choice dimension</source>
        <translation>标签 {0} 和 {1} 属于同一个单选维度</translation>
    </message>
    <message>
        <source>span {0}-{1} is outside article {2} ({3}-{4}) or empty</source>
        <translation>范围 {0}-{1} 超出文章 {2}（{3}-{4}）或为空</translation>
    </message>
</context>
<context>
    <name>ProjectOps</name>
    <message>
        <source>Cannot build the sample project</source>
        <translation>无法创建示例项目</translation>
    </message>
    <message>
        <source>RareEarth Desk projects (*.redesk);;All files (*)</source>
        <translation>RareEarth Desk 项目 (*.redesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注人</translation>
    </message>
    <message>
        <source>Your name (stored with every claim you make):</source>
        <translation>您的姓名（随您标注的每条论断一起保存）：</translation>
    </message>
    <message>
        <source>Keyboard map</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Offline annotation of rare-earth news in Chinese and English: entities, claims, stances and topics, exported as Excel workbooks.</source>
        <translation>离线标注中英文稀土新闻：实体、论断、立场和主题，可导出为 Excel 工作簿。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The project file is read-only; this change was not saved.</source>
        <translation>项目文件为只读；此修改未保存。</translation>
    </message>
    <message>
        <source>The project file can no longer be written (moved or deleted?); this change was not saved.</source>
        <translation>项目文件已无法写入（可能已被移动或删除）；此修改未保存。</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>修改未保存：{reason}</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The project is open read-only; this change was not saved.</source>
        <translation>项目以只读方式打开；此修改未保存。</translation>
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
    <name>Tagging</name>
    <message>
        <source>This article has no claims yet.</source>
        <translation>本文还没有论断。</translation>
    </message>
    <message>
        <source>Select some text (or use sentence mode: S) before pressing a stance key.</source>
        <translation>请先选中文本（或用逐句模式：S），再按立场键。</translation>
    </message>
    <message>
        <source>Choose a claim first (Tab, [ ] or a click), then press a topic key.</source>
        <translation>请先选择一条论断（Tab、[ ] 或点击），再按主题键。</translation>
    </message>
    <message>
        <source>Choose a claim first, then press N to write its note.</source>
        <translation>请先选择一条论断，再按 N 填写备注。</translation>
    </message>
    <message>
        <source>No claim is selected.</source>
        <translation>未选择论断。</translation>
    </message>
    <message>
        <source>Sentence mode: Up/Down or J/K move, a stance key tags the sentence.</source>
        <translation>逐句模式：上/下方向键或 J/K 移动，按立场键即标注该句。</translation>
    </message>
    <message>
        <source>Sentence mode off.</source>
        <translation>逐句模式已关闭。</translation>
    </message>
    <message>
        <source>No suggested claims in this article (yet).</source>
        <translation>本文（暂时）没有建议论断。</translation>
    </message>
    <message>
        <source>No suggestion at or after the cursor.</source>
        <translation>光标处及其后没有建议论断。</translation>
    </message>
    <message>
        <source>Suggestion accepted: press a stance key (1-4) and topic keys.</source>
        <translation>已采纳建议：请按立场键（1-4）和主题键。</translation>
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

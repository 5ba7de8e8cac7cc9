<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Welcome. Your claims will be saved under this annotator name:</source>
        <translation>Welcome. Your claims will be saved under this annotator name:</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Your name or initials</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <source>Choose a dimension or a label.</source>
        <translation>Choose a dimension or a label.</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Add label…</translation>
    </message>
    <message>
        <source>Add dimension…</source>
        <translation>Add dimension…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Export to file…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The project is read-only: the codebook can be viewed.</source>
        <translation>The project is read-only: the codebook can be viewed.</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Put back as it was.</translation>
    </message>
    <message>
        <source>Shortcut {key} is given to: {labels}</source>
        <translation>Shortcut {key} is given to: {labels}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <source>New label in “{dim}”</source>
        <translation>New label in “{dim}”</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>New dimension</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Delete label</translation>
    </message>
    <message>
        <source>Delete the label “{label}”? No claim uses it.</source>
        <translation>Delete the label “{label}”? No claim uses it.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>The dimension “{dim}” and its {labels} label(s) are used by {n} claim(s). Delete it and remove its labels from those claims (the claims stay)?</source>
        <translation>The dimension “{dim}” and its {labels} label(s) are used by {n} claim(s). Delete it and remove its labels from those claims (the claims stay)?</translation>
    </message>
    <message>
        <source>Delete the dimension “{dim}” and its {labels} label(s)?</source>
        <translation>Delete the dimension “{dim}” and its {labels} label(s)?</translation>
    </message>
    <message>
        <source>Delete dimension</source>
        <translation>Delete dimension</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Import codebook</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Export codebook</translation>
    </message>
    <message>
        <source>Codebook written to {path}</source>
        <translation>Codebook written to {path}</translation>
    </message>
    <message>
        <source>Codebook (*.json);;All files (*)</source>
        <translation>Codebook (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Shortcut key:</source>
        <translation>Shortcut key:</translation>
    </message>
    <message>
        <source>Key in files:</source>
        <translation>Key in files:</translation>
    </message>
    <message>
        <source>“{key}” is already the key of {label}</source>
        <translation>“{key}” is already the key of {label}</translation>
    </message>
    <message>
        <source>Also the key of the window command “{command}”</source>
        <translation>Also the key of the window command “{command}”</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Choice:</translation>
    </message>
    <message>
        <source>One label per claim</source>
        <translation>One label per claim</translation>
    </message>
    <message>
        <source>Several labels per claim</source>
        <translation>Several labels per claim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The label “{label}” is used by {n} claim(s). What should happen to them?</source>
        <translation>The label “{label}” is used by {n} claim(s). What should happen to them?</translation>
    </message>
    <message>
        <source>Give them this label instead:</source>
        <translation>Give them this label instead:</translation>
    </message>
    <message>
        <source>Remove the label from those claims (the claims stay)</source>
        <translation>Remove the label from those claims (the claims stay)</translation>
    </message>
    <message>
        <source>Merge label</source>
        <translation>Merge label</translation>
    </message>
    <message>
        <source>Merge “{label}” into another label. Its {n} claim(s) get that label and “{label}” is deleted.</source>
        <translation>Merge “{label}” into another label. Its {n} claim(s) get that label and “{label}” is deleted.</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>one per claim</source>
        <translation>one per claim</translation>
    </message>
    <message>
        <source>several per claim</source>
        <translation>several per claim</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Details are also written to the log file: {path}</source>
        <translation>Details are also written to the log file: {path}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe; the last change may not have been saved.

{summary}</source>
        <translation>Something went wrong. Your saved work is safe; the last change may not have been saved.

{summary}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, one row per claim (.csv)</source>
        <translation>CSV, one row per claim (.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, one article per line (.jsonl)</source>
        <translation>JSON Lines, one article per line (.jsonl)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>The whole project</translation>
    </message>
    <message>
        <source>The articles of the current filter</source>
        <translation>The articles of the current filter</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Include entities</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <source>&amp;Labels and headers in:</source>
        <translation>&amp;Labels and headers in:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>The folder does not exist: {folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>This is a folder, not a file: {path}</source>
        <translation>This is a folder, not a file: {path}</translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation>{name} exists. Replace it?</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written; an older file is unchanged.</source>
        <translation>Export cancelled. No file was written; an older file is unchanged.</translation>
    </message>
    <message>
        <source>Exported {claims:,} claim(s) from {articles:,} article(s) to:
{path}</source>
        <translation>Exported {claims:,} claim(s) from {articles:,} article(s) to:
{path}</translation>
    </message>
    <message>
        <source>{n} cell(s) were longer than Excel allows and were cut with a mark.</source>
        <translation>{n} cell(s) were longer than Excel allows and were cut with a mark.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Articles ({exts});;All files (*)</source>
        <translation>Articles ({exts});;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>Imported: {imported:,}   Duplicates skipped: {dups:,}   Failed: {failed:,}</source>
        <translation>Imported: {imported:,}   Duplicates skipped: {dups:,}   Failed: {failed:,}</translation>
    </message>
    <message>
        <source>Import cancelled: the articles imported before Cancel are kept, whole.</source>
        <translation>Import cancelled: the articles imported before Cancel are kept, whole.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Not imported, with the reason:</source>
        <translation>Not imported, with the reason:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Importing articles</translation>
    </message>
    <message>
        <source>Paste as article</source>
        <translation>Paste as article</translation>
    </message>
    <message>
        <source>The clipboard holds one article.</source>
        <translation>The clipboard holds one article.</translation>
    </message>
    <message>
        <source>The clipboard holds a digest of {n} articles.</source>
        <translation>The clipboard holds a digest of {n} articles.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Import {n} article(s)</source>
        <translation>Import {n} article(s)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>The clipboard holds no text to import.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Your name or initials</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>A new language applies the next time the app starts.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Article &amp;text size:</source>
        <translation>Article &amp;text size:</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>&amp;Annotator:</translation>
    </message>
    <message>
        <source>The annotator name is stored with every claim you make.</source>
        <translation>The annotator name is stored with every claim you make.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Read rare-earth news in Chinese and English, mark claims, tag their stance and topics, export workbooks.</source>
        <translation>Read rare-earth news in Chinese and English, mark claims, tag their stance and topics, export workbooks.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Open the sample project</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>No recent projects yet.</translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation>(file not found)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>

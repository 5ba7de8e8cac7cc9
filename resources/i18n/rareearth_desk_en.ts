<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Open the &amp;sample project</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Paste as article</source>
        <translation>&amp;Paste as article</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>&amp;Search articles</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codebook…</translation>
    </message>
    <message>
        <source>&amp;Annotator name…</source>
        <translation>&amp;Annotator name…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Sentence mode</source>
        <translation>&amp;Sentence mode</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Up/Down or J/K move the sentence cursor; a stance key tags the sentence</source>
        <translation>Up/Down or J/K move the sentence cursor; a stance key tags the sentence</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <source>Tag the suggested claim under (or after) the cursor; then press a stance key</source>
        <translation>Tag the suggested claim under (or after) the cursor; then press a stance key</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Edit &amp;note</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Delete claim</translation>
    </message>
    <message>
        <source>Ne&amp;xt claim</source>
        <translation>Ne&amp;xt claim</translation>
    </message>
    <message>
        <source>Pre&amp;vious claim</source>
        <translation>Pre&amp;vious claim</translation>
    </message>
    <message>
        <source>Correct &amp;entity…</source>
        <translation>Correct &amp;entity…</translation>
    </message>
    <message>
        <source>Add, retype or suppress the entity at the cursor or the selection</source>
        <translation>Add, retype or suppress the entity at the cursor or the selection</translation>
    </message>
    <message>
        <source>Mark &amp;done, next unfinished</source>
        <translation>Mark &amp;done, next unfinished</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Next article</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Previous article</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>Next &amp;unfinished</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <source>Go to the &amp;text</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;Keyboard map</source>
        <translation>&amp;Keyboard map</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;About RareEarth Desk</source>
        <translation>&amp;About RareEarth Desk</translation>
    </message>
    <message>
        <source>Show {type} highlights</source>
        <translation>Show {type} highlights</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Stance: {name}</source>
        <translation>Stance: {name}</translation>
    </message>
    <message>
        <source>Stance (tags the selection or the current sentence)</source>
        <translation>Stance (tags the selection or the current sentence)</translation>
    </message>
    <message>
        <source>Topic: {name}</source>
        <translation>Topic: {name}</translation>
    </message>
    <message>
        <source>Topics (toggle on the current claim)</source>
        <translation>Topics (toggle on the current claim)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>&amp;Entity types</source>
        <translation>&amp;Entity types</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next / previous claim</source>
        <translation>Next / previous claim</translation>
    </message>
    <message>
        <source>Select (snaps to whole words)</source>
        <translation>Select (snaps to whole words)</translation>
    </message>
    <message>
        <source>Move the sentence cursor (sentence mode)</source>
        <translation>Move the sentence cursor (sentence mode)</translation>
    </message>
    <message>
        <source>Current claim; a sentence in sentence mode</source>
        <translation>Current claim; a sentence in sentence mode</translation>
    </message>
    <message>
        <source>Clear the selection, then the current claim</source>
        <translation>Clear the selection, then the current claim</translation>
    </message>
    <message>
        <source>Entity corrections</source>
        <translation>Entity corrections</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Back to the text</translation>
    </message>
</context>
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
    <name>ArticleList</name>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Search titles and text  (Ctrl+F)</source>
        <translation>Search titles and text  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Source, collection, stance, topic, annotator, entity, dates</source>
        <translation>Source, collection, stance, topic, annotator, entity, dates</translation>
    </message>
    <message>
        <source>entity, e.g. 镝 or Lynas</source>
        <translation>entity, e.g. 镝 or Lynas</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>All collections</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>All annotators</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Any stance</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Any topic</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>done ✓</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>excerpt</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>No article selected</source>
        <translation>No article selected</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>excerpt (cut by the search tool)</source>
        <translation>excerpt (cut by the search tool)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Current claim</source>
        <translation>Current claim</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Note (N); Esc returns to the text</source>
        <translation>Note (N); Esc returns to the text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no stance)</source>
        <translation>(no stance)</translation>
    </message>
    <message>
        <source>Claims ({n})</source>
        <translation>Claims ({n})</translation>
    </message>
    <message>
        <source>Claims: select text and press a stance key</source>
        <translation>Claims: select text and press a stance key</translation>
    </message>
    <message>
        <source>unknown annotator</source>
        <translation>unknown annotator</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Stance: {name}</source>
        <translation>Stance: {name}</translation>
    </message>
    <message>
        <source>Topics: {names}</source>
        <translation>Topics: {names}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
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
    <name>Entities</name>
    <message>
        <source>Country / place</source>
        <translation>Country / place</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Mine / location</source>
        <translation>Mine / location</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EntityMenu</name>
    <message>
        <source>Add “{term}” as entity (this article)</source>
        <translation>Add “{term}” as entity (this article)</translation>
    </message>
    <message>
        <source>Add “{term}” as entity (whole project)</source>
        <translation>Add “{term}” as entity (whole project)</translation>
    </message>
    <message>
        <source>Change type of “{term}” (this article)</source>
        <translation>Change type of “{term}” (this article)</translation>
    </message>
    <message>
        <source>Change type of “{term}” (whole project)</source>
        <translation>Change type of “{term}” (whole project)</translation>
    </message>
    <message>
        <source>Not an entity: suppress “{term}” in this article</source>
        <translation>Not an entity: suppress “{term}” in this article</translation>
    </message>
    <message>
        <source>Not an entity: suppress “{term}” in the whole project</source>
        <translation>Not an entity: suppress “{term}” in the whole project</translation>
    </message>
    <message>
        <source>Select text to add an entity, or right-click a highlight</source>
        <translation>Select text to add an entity, or right-click a highlight</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Entities: loading the highlighter…</source>
        <translation>Entities: loading the highlighter…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entities: {n} in this article</source>
        <translation>Entities: {n} in this article</translation>
    </message>
    <message>
        <source>… {n} more, each fewer times</source>
        <translation>… {n} more, each fewer times</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>The project file is read-only: you can read but not annotate.</source>
        <translation>The project file is read-only: you can read but not annotate.</translation>
    </message>
    <message>
        <source>Every article in this list is done.</source>
        <translation>Every article in this list is done.</translation>
    </message>
    <message>
        <source>Saved ✓ {time}</source>
        <translation>Saved ✓ {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Article {n} of {total}</source>
        <translation>Article {n} of {total}</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>Annotator: {name}</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>exporting claims</source>
        <translation>exporting claims</translation>
    </message>
    <message>
        <source>exporting articles</source>
        <translation>exporting articles</translation>
    </message>
    <message>
        <source>claims {0} of {1}</source>
        <translation>claims {0} of {1}</translation>
    </message>
    <message>
        <source>articles {0} of {1}</source>
        <translation>articles {0} of {1}</translation>
    </message>
    <message>
        <source>writing the workbook</source>
        <translation>writing the workbook</translation>
    </message>
    <message>
        <source>finding entities</source>
        <translation>finding entities</translation>
    </message>
    <message>
        <source>entities of {0} of {1} articles</source>
        <translation>entities of {0} of {1} articles</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>reading files</translation>
    </message>
    <message>
        <source>{0}: {1} imported</source>
        <translation>{0}: {1} imported</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>old Word format: save it as .docx</source>
        <translation>old Word format: save it as .docx</translation>
    </message>
    <message>
        <source>old Excel format: save it as .xlsx</source>
        <translation>old Excel format: save it as .xlsx</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>not enough memory to read the file</translation>
    </message>
    <message>
        <source>could not read the file ({0})</source>
        <translation>could not read the file ({0})</translation>
    </message>
    <message>
        <source>cannot read the file ({0})</source>
        <translation>cannot read the file ({0})</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>empty text</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for Word documents</source>
        <translation>file is {0}, over the {1} limit for Word documents</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for Excel workbooks</source>
        <translation>file is {0}, over the {1} limit for Excel workbooks</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for text files</source>
        <translation>file is {0}, over the {1} limit for text files</translation>
    </message>
    <message>
        <source>file is {0}, over the {1} limit for {2}</source>
        <translation>file is {0}, over the {1} limit for {2}</translation>
    </message>
    <message>
        <source>binary file, not text (it contains NUL bytes)</source>
        <translation>binary file, not text (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>binary file, not text (it contains control characters)</source>
        <translation>binary file, not text (it contains control characters)</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes on line {0} (byte {1})</source>
        <translation>invalid UTF-8 bytes on line {0} (byte {1})</translation>
    </message>
    <message>
        <source>undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text</source>
        <translation>undecodable bytes: not UTF-8, UTF-16, GB18030/GBK or Big5 text</translation>
    </message>
    <message>
        <source>undecodable bytes for {0} at byte {1}</source>
        <translation>undecodable bytes for {0} at byte {1}</translation>
    </message>
    <message>
        <source>damaged or truncated file (not a readable zip container)</source>
        <translation>damaged or truncated file (not a readable zip container)</translation>
    </message>
    <message>
        <source>suspicious file: {0} parts inside (limit {1})</source>
        <translation>suspicious file: {0} parts inside (limit {1})</translation>
    </message>
    <message>
        <source>suspicious file: unpacks to {0}, over the {1} limit (zip bomb?)</source>
        <translation>suspicious file: unpacks to {0}, over the {1} limit (zip bomb?)</translation>
    </message>
    <message>
        <source>suspicious file: part {0} is compressed {1}:1 (zip bomb?)</source>
        <translation>suspicious file: part {0} is compressed {1}:1 (zip bomb?)</translation>
    </message>
    <message>
        <source>unsupported file type '{0}' (supported: {1}, or a digest)</source>
        <translation>unsupported file type '{0}' (supported: {1}, or a digest)</translation>
    </message>
    <message>
        <source>no articles found (no 'Source· YYYY-MM-DD HH:MM' lines)</source>
        <translation>no articles found (no 'Source· YYYY-MM-DD HH:MM' lines)</translation>
    </message>
    <message>
        <source>article '{0}' has no text</source>
        <translation>article '{0}' has no text</translation>
    </message>
    <message>
        <source>no text in the file</source>
        <translation>no text in the file</translation>
    </message>
    <message>
        <source>no text in the document</source>
        <translation>no text in the document</translation>
    </message>
    <message>
        <source>no text in the page</source>
        <translation>no text in the page</translation>
    </message>
    <message>
        <source>no readable text in the page</source>
        <translation>no readable text in the page</translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation>no text to import</translation>
    </message>
    <message>
        <source>damaged or not a Word document ({0})</source>
        <translation>damaged or not a Word document ({0})</translation>
    </message>
    <message>
        <source>damaged Word document ({0})</source>
        <translation>damaged Word document ({0})</translation>
    </message>
    <message>
        <source>not a readable HTML page ({0})</source>
        <translation>not a readable HTML page ({0})</translation>
    </message>
    <message>
        <source>line {0} is not valid JSON ({1})</source>
        <translation>line {0} is not valid JSON ({1})</translation>
    </message>
    <message>
        <source>not valid JSON (line {0}: {1})</source>
        <translation>not valid JSON (line {0}: {1})</translation>
    </message>
    <message>
        <source>not valid JSON ({0})</source>
        <translation>not valid JSON ({0})</translation>
    </message>
    <message>
        <source>expected a list of articles</source>
        <translation>expected a list of articles</translation>
    </message>
    <message>
        <source>expected an object, found {0}</source>
        <translation>expected an object, found {0}</translation>
    </message>
    <message>
        <source>no 'text' field</source>
        <translation>no 'text' field</translation>
    </message>
    <message>
        <source>'claims' is not a list</source>
        <translation>'claims' is not a list</translation>
    </message>
    <message>
        <source>'{0}' is not a string</source>
        <translation>'{0}' is not a string</translation>
    </message>
    <message>
        <source>unknown status '{0}' (use {1})</source>
        <translation>unknown status '{0}' (use {1})</translation>
    </message>
    <message>
        <source>unknown lang '{0}' (use zh, en or mixed)</source>
        <translation>unknown lang '{0}' (use zh, en or mixed)</translation>
    </message>
    <message>
        <source>unreadable date '{0}'</source>
        <translation>unreadable date '{0}'</translation>
    </message>
    <message>
        <source>claim {0} is not an object</source>
        <translation>claim {0} is not an object</translation>
    </message>
    <message>
        <source>claim {0}: 'start' and 'end' must be whole numbers</source>
        <translation>claim {0}: 'start' and 'end' must be whole numbers</translation>
    </message>
    <message>
        <source>claim {0}: 'stance' is not a string</source>
        <translation>claim {0}: 'stance' is not a string</translation>
    </message>
    <message>
        <source>claim {0}: quote does not match the text at {1}-{2}</source>
        <translation>claim {0}: quote does not match the text at {1}-{2}</translation>
    </message>
    <message>
        <source>claim {0}: span {1}-{2} is outside the text (length {3})</source>
        <translation>claim {0}: span {1}-{2} is outside the text (length {3})</translation>
    </message>
    <message>
        <source>claim {0}: 'topics' must be a list of label names</source>
        <translation>claim {0}: 'topics' must be a list of label names</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
    <message>
        <source>unknown field '{0}' in the column mapping (fields: {1})</source>
        <translation>unknown field '{0}' in the column mapping (fields: {1})</translation>
    </message>
    <message>
        <source>sheet '{0}': {1}</source>
        <translation>sheet '{0}': {1}</translation>
    </message>
    <message>
        <source>column {0} for '{1}' is outside the sheet</source>
        <translation>column {0} for '{1}' is outside the sheet</translation>
    </message>
    <message>
        <source>no column '{0}' for '{1}'; columns: {2}</source>
        <translation>no column '{0}' for '{1}'; columns: {2}</translation>
    </message>
    <message>
        <source>no text column; columns found: {0}</source>
        <translation>no text column; columns found: {0}</translation>
    </message>
    <message>
        <source>row {0} has no text</source>
        <translation>row {0} has no text</translation>
    </message>
    <message>
        <source>no rows in the file</source>
        <translation>no rows in the file</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>no rows</translation>
    </message>
    <message>
        <source>damaged or not an Excel workbook ({0})</source>
        <translation>damaged or not an Excel workbook ({0})</translation>
    </message>
    <message>
        <source>damaged sheet ({0})</source>
        <translation>damaged sheet ({0})</translation>
    </message>
    <message>
        <source>article has no text: {0}</source>
        <translation>article has no text: {0}</translation>
    </message>
    <message>
        <source>unknown stance label {0} in {1}</source>
        <translation>unknown stance label {0} in {1}</translation>
    </message>
    <message>
        <source>unknown topic label {0} in {1}</source>
        <translation>unknown topic label {0} in {1}</translation>
    </message>
    <message>
        <source>unknown status {0}: {1}</source>
        <translation>unknown status {0}: {1}</translation>
    </message>
    <message>
        <source>folder does not exist: {0}</source>
        <translation>folder does not exist: {0}</translation>
    </message>
    <message>
        <source>is a folder, not a file: {0}</source>
        <translation>is a folder, not a file: {0}</translation>
    </message>
    <message>
        <source>cannot write in {0}: {1}</source>
        <translation>cannot write in {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>unknown export format (use .xlsx, .csv or .jsonl): {0}</source>
        <translation>unknown export format (use .xlsx, .csv or .jsonl): {0}</translation>
    </message>
    <message>
        <source>{0}: links to Articles on the first {1} rows only (Excel's limit); {2} rows have the article id alone</source>
        <translation>{0}: links to Articles on the first {1} rows only (Excel's limit); {2} rows have the article id alone</translation>
    </message>
    <message>
        <source>entities left out: the highlighter is not available ({0})</source>
        <translation>entities left out: the highlighter is not available ({0})</translation>
    </message>
    <message>
        <source>project file not found: {0}</source>
        <translation>project file not found: {0}</translation>
    </message>
    <message>
        <source>not a project file: {0}</source>
        <translation>not a project file: {0}</translation>
    </message>
    <message>
        <source>project is already open in another window or process: {0}</source>
        <translation>project is already open in another window or process: {0}</translation>
    </message>
    <message>
        <source>cannot lock the project (folder not writable?): {0}</source>
        <translation>cannot lock the project (folder not writable?): {0}</translation>
    </message>
    <message>
        <source>not a RareEarth Desk project (no schema version): {0}</source>
        <translation>not a RareEarth Desk project (no schema version): {0}</translation>
    </message>
    <message>
        <source>project was made by a newer version of RareEarth Desk (schema {0}, this version reads up to {1}): {2}</source>
        <translation>project was made by a newer version of RareEarth Desk (schema {0}, this version reads up to {1}): {2}</translation>
    </message>
    <message>
        <source>project needs upgrading from schema {0} but the file is read-only: {1}</source>
        <translation>project needs upgrading from schema {0} but the file is read-only: {1}</translation>
    </message>
    <message>
        <source>cannot back up the project before upgrading it: {0}</source>
        <translation>cannot back up the project before upgrading it: {0}</translation>
    </message>
    <message>
        <source>project file is damaged ({0}): {1}; newest backup: {2}</source>
        <translation>project file is damaged ({0}): {1}; newest backup: {2}</translation>
    </message>
    <message>
        <source>project file is damaged ({0}): {1}</source>
        <translation>project file is damaged ({0}): {1}</translation>
    </message>
    <message>
        <source>not a SQLite file</source>
        <translation>not a SQLite file</translation>
    </message>
    <message>
        <source>file is cut short</source>
        <translation>file is cut short</translation>
    </message>
    <message>
        <source>upgrade from schema {0} failed: {1}</source>
        <translation>upgrade from schema {0} failed: {1}</translation>
    </message>
    <message>
        <source>a file of that name already exists: {0}</source>
        <translation>a file of that name already exists: {0}</translation>
    </message>
    <message>
        <source>folder not found: {0}</source>
        <translation>folder not found: {0}</translation>
    </message>
    <message>
        <source>cannot create the project: {0}</source>
        <translation>cannot create the project: {0}</translation>
    </message>
    <message>
        <source>article {0} does not exist</source>
        <translation>article {0} does not exist</translation>
    </message>
    <message>
        <source>label {0} does not exist</source>
        <translation>label {0} does not exist</translation>
    </message>
    <message>
        <source>claim {0} already exists</source>
        <translation>claim {0} already exists</translation>
    </message>
    <message>
        <source>correction {0} does not exist</source>
        <translation>correction {0} does not exist</translation>
    </message>
    <message>
        <source>a correction needs a term</source>
        <translation>a correction needs a term</translation>
    </message>
    <message>
        <source>label {0} is not in a single-choice dimension</source>
        <translation>label {0} is not in a single-choice dimension</translation>
    </message>
    <message>
        <source>labels {0} and {1} belong to the same single-choice dimension</source>
        <translation>labels {0} and {1} belong to the same single-choice dimension</translation>
    </message>
    <message>
        <source>span {0}-{1} is outside article {2} ({3}-{4}) or empty</source>
        <translation>span {0}-{1} is outside article {2} ({3}-{4}) or empty</translation>
    </message>
</context>
<context>
    <name>ProjectOps</name>
    <message>
        <source>Cannot build the sample project</source>
        <translation>Cannot build the sample project</translation>
    </message>
    <message>
        <source>RareEarth Desk projects (*.redesk);;All files (*)</source>
        <translation>RareEarth Desk projects (*.redesk);;All files (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Your name (stored with every claim you make):</source>
        <translation>Your name (stored with every claim you make):</translation>
    </message>
    <message>
        <source>Keyboard map</source>
        <translation>Keyboard map</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Offline annotation of rare-earth news in Chinese and English: entities, claims, stances and topics, exported as Excel workbooks.</source>
        <translation>Offline annotation of rare-earth news in Chinese and English: entities, claims, stances and topics, exported as Excel workbooks.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The project file is read-only; this change was not saved.</source>
        <translation>The project file is read-only; this change was not saved.</translation>
    </message>
    <message>
        <source>The project file can no longer be written (moved or deleted?); this change was not saved.</source>
        <translation>The project file can no longer be written (moved or deleted?); this change was not saved.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>The change was not saved: {reason}</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>The project is open read-only; this change was not saved.</source>
        <translation>The project is open read-only; this change was not saved.</translation>
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
    <name>Tagging</name>
    <message>
        <source>This article has no claims yet.</source>
        <translation>This article has no claims yet.</translation>
    </message>
    <message>
        <source>Select some text (or use sentence mode: S) before pressing a stance key.</source>
        <translation>Select some text (or use sentence mode: S) before pressing a stance key.</translation>
    </message>
    <message>
        <source>Choose a claim first (Tab, [ ] or a click), then press a topic key.</source>
        <translation>Choose a claim first (Tab, [ ] or a click), then press a topic key.</translation>
    </message>
    <message>
        <source>Choose a claim first, then press N to write its note.</source>
        <translation>Choose a claim first, then press N to write its note.</translation>
    </message>
    <message>
        <source>No claim is selected.</source>
        <translation>No claim is selected.</translation>
    </message>
    <message>
        <source>Sentence mode: Up/Down or J/K move, a stance key tags the sentence.</source>
        <translation>Sentence mode: Up/Down or J/K move, a stance key tags the sentence.</translation>
    </message>
    <message>
        <source>Sentence mode off.</source>
        <translation>Sentence mode off.</translation>
    </message>
    <message>
        <source>No suggested claims in this article (yet).</source>
        <translation>No suggested claims in this article (yet).</translation>
    </message>
    <message>
        <source>No suggestion at or after the cursor.</source>
        <translation>No suggestion at or after the cursor.</translation>
    </message>
    <message>
        <source>Suggestion accepted: press a stance key (1-4) and topic keys.</source>
        <translation>Suggestion accepted: press a stance key (1-4) and topic keys.</translation>
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

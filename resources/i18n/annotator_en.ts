<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotateAllDialog</name>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="157"/>
        <source>Annotate all matches as %1</source>
        <translation>Annotate all matches as %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="161"/>
        <source> (already annotated)</source>
        <translation> (already annotated)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="173"/>
        <source>One undo step takes all of these back.</source>
        <translation>One undo step takes all of these back.</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="46"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="46"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="84"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="84"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="99"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="100"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="101"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="130"/>
        <location filename="../../annotator/ui/document_list.py" line="212"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="265"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="266"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="267"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="268"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="269"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="270"/>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
</context>
<context>
    <name>DocumentListWidget</name>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="548"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="555"/>
        <source>Filter by title or outlet</source>
        <translation>Filter by title or outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="556"/>
        <source>Filter documents</source>
        <translation>Filter documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="557"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="558"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="67"/>
        <source>annotator — %1 (%2)</source>
        <translation>annotator — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="90"/>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="91"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="140"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="141"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="142"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="145"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Import documents…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="146"/>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="151"/>
        <location filename="../../annotator/ui/main_window.py" line="339"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="152"/>
        <location filename="../../annotator/ui/main_window.py" line="343"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="154"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="156"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="157"/>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="158"/>
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="161"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="162"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="163"/>
        <source>Take proclitics off selections</source>
        <translation>Take proclitics off selections</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="166"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="175"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="221"/>
        <source>Every document is done.</source>
        <translation>Every document is done.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="263"/>
        <source>Select some text first.</source>
        <translation>Select some text first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="302"/>
        <source>annotate all as %1</source>
        <translation>annotate all as %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="339"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="343"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="369"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="371"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="371"/>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="376"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>Reopen document</source>
        <translation>Reopen document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="392"/>
        <source>word %1 of %2</source>
        <translation>word %1 of %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="395"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="396"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="397"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="440"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="440"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>Projects (*.annot);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="446"/>
        <location filename="../../annotator/ui/main_window.py" line="451"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="446"/>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <source>Projects (*.annot)</source>
        <translation>Projects (*.annot)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="465"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="465"/>
        <source>Text, JSONL, CSV (*.txt *.jsonl *.csv)</source>
        <translation>Text, JSONL, CSV (*.txt *.jsonl *.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="472"/>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <location filename="../../annotator/ui/main_window.py" line="486"/>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="490"/>
        <source>The project file has a problem</source>
        <translation>The project file has a problem</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="492"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="61"/>
        <source>Search (ignores harakat and hamza forms; finds تركيا in لتركيا)</source>
        <translation>Search (ignores harakat and hamza forms; finds تركيا in لتركيا)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="64"/>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="65"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="70"/>
        <source>Annotate all matches…</source>
        <translation>Annotate all matches…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/search_panel.py" line="134"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="14"/>
        <source>Next / previous word (Left goes forward in right-to-left text)</source>
        <translation>Next / previous word (Left goes forward in right-to-left text)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="18"/>
        <source>Extend the selection by a word</source>
        <translation>Extend the selection by a word</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="19"/>
        <source>Word on the line above / below</source>
        <translation>Word on the line above / below</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="21"/>
        <source>Drag</source>
        <translation>Drag</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="22"/>
        <source>Select; snaps to words and takes proclitics (و ف ب ل ك) off the start</source>
        <translation>Select; snaps to words and takes proclitics (و ف ب ل ك) off the start</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="27"/>
        <source>Alt+Drag</source>
        <translation>Alt+Drag</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="28"/>
        <source>Select raw characters, no snapping</source>
        <translation>Select raw characters, no snapping</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="32"/>
        <source>Take the next proclitic off the selection (و ف ب ل ك ال), or put them back</source>
        <translation>Take the next proclitic off the selection (و ف ب ل ك ال), or put them back</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="37"/>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="38"/>
        <source>Apply the label with that key (or relabel the selected entity)</source>
        <translation>Apply the label with that key (or relabel the selected entity)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="42"/>
        <source>Next / previous entity</source>
        <translation>Next / previous entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="45"/>
        <source>Next / previous sentence without entities</source>
        <translation>Next / previous sentence without entities</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="49"/>
        <source>Grow / shrink the selected entity at its end (left edge) by a word</source>
        <translation>Grow / shrink the selected entity at its end (left edge) by a word</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="55"/>
        <source>Grow / shrink the selected entity at its start (right edge) by a word</source>
        <translation>Grow / shrink the selected entity at its start (right edge) by a word</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="59"/>
        <source>The same by one character (end)</source>
        <translation>The same by one character (end)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="62"/>
        <source>The same by one character (start)</source>
        <translation>The same by one character (start)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="64"/>
        <source>Delete the selected entity</source>
        <translation>Delete the selected entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="65"/>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="68"/>
        <source>Undo / redo (survives closing the project)</source>
        <translation>Undo / redo (survives closing the project)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="70"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="71"/>
        <source>Mark the document done / reopen it</source>
        <translation>Mark the document done / reopen it</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="72"/>
        <source>Next document not done</source>
        <translation>Next document not done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="73"/>
        <source>Zoom in / out</source>
        <translation>Zoom in / out</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="74"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="66"/>
        <source>Who is annotating?</source>
        <translation>Who is annotating?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="67"/>
        <source>Your name (your annotations form your own layer in this project):</source>
        <translation>Your name (your annotations form your own layer in this project):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="88"/>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="89"/>
        <source>Open it read-only to look at it?</source>
        <translation>Open it read-only to look at it?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="96"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDashboard</name>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="105"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="123"/>
        <source>Annotators</source>
        <translation>Annotators</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="136"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="139"/>
        <source>Export HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="203"/>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="300"/>
        <source>Click a cell of the matrix to list its items.</source>
        <translation>Click a cell of the matrix to list its items.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="209"/>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="210"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="211"/>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="212"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="214"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="215"/>
        <source>Stances</source>
        <translation>Stances</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/agreement_dashboard.py" line="243"/>
        <source>%n document(s) compared.</source>
        <translation>
            <numerusform>%n document compared.</numerusform>
            <numerusform>%n documents compared.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="307"/>
        <source>%1 → %2: double-click an item to open it.</source>
        <translation>%1 → %2: double-click an item to open it.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="309"/>
        <source>%1 → %2: both annotators agree here.</source>
        <translation>%1 → %2: both annotators agree here.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="311"/>
        <source>%1 → %2: no items.</source>
        <translation>%1 → %2: no items.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="326"/>
        <source>Export HTML report</source>
        <translation>Export HTML report</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="326"/>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="339"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="341"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
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
        <location filename="../../annotator/ui/annotation_panel.py" line="191"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="191"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="86"/>
        <location filename="../../annotator/ui/teams_dialogs.py" line="154"/>
        <source>Assign a copy</source>
        <translation>Assign a copy</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="94"/>
        <source>the annotator&apos;s name</source>
        <translation>the annotator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="96"/>
        <source>all; or ids 1,4-9, source:NAME, file:NAME, title text</source>
        <translation>all; or ids 1,4-9, source:NAME, file:NAME, title text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="100"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="108"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="111"/>
        <source>Annotator:</source>
        <translation>Annotator:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="112"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="114"/>
        <source>Copy file:</source>
        <translation>Copy file:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/teams_dialogs.py" line="140"/>
        <source>%n document(s) selected</source>
        <translation>
            <numerusform>%n document selected</numerusform>
            <numerusform>%n documents selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="156"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>Projects (*.annot);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="166"/>
        <source>Choose the copy file to write.</source>
        <translation>Choose the copy file to write.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="187"/>
        <source>Send this file to %1; they open it in annotator, annotate, and send it back.</source>
        <translation>Send this file to %1; they open it in annotator, annotate, and send it back.</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="135"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="138"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="138"/>
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
    <name>EditDialog</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="157"/>
        <source>Edit and accept</source>
        <translation>Edit and accept</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="167"/>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="174"/>
        <source>%1 (majority)</source>
        <translation>%1 (majority)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="188"/>
        <source>Add the view&apos;s selection as an entity</source>
        <translation>Add the view&apos;s selection as an entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="197"/>
        <source>Accept into gold</source>
        <translation>Accept into gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="230"/>
        <source>Select some text in the document first.</source>
        <translation>Select some text in the document first.</translation>
    </message>
</context>
<context>
    <name>EntityLinkDialog</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="128"/>
        <source>Link to an entity id</source>
        <translation>Link to an entity id</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="131"/>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="139"/>
        <source>Current entity id: %1</source>
        <translation>Current entity id: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="141"/>
        <source>Not linked yet</source>
        <translation>Not linked yet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="148"/>
        <source>A readable name for the entity</source>
        <translation>A readable name for the entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="150"/>
        <source>Mention:</source>
        <translation>Mention:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="152"/>
        <source>Entity id:</source>
        <translation>Entity id:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="153"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="163"/>
        <source>now %1</source>
        <translation>now %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="165"/>
        <source>Matching mentions in other documents</source>
        <translation>Matching mentions in other documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="168"/>
        <source>No matching mentions</source>
        <translation>No matching mentions</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="172"/>
        <source>Already linked with this id</source>
        <translation>Already linked with this id</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="180"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="181"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="200"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="213"/>
        <source>Already linked with this id: %n mention(s)</source>
        <translation>
            <numerusform>Already linked with this id: %n mention</numerusform>
            <numerusform>Already linked with this id: %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="215"/>
        <source>No mentions have this id yet</source>
        <translation>No mentions have this id yet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="225"/>
        <source>Type an entity id.</source>
        <translation>Type an entity id.</translation>
    </message>
</context>
<context>
    <name>EventClusterDialog</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="271"/>
        <source>Link to story</source>
        <translation>Link to story</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="274"/>
        <source>%1 “%2” in %3</source>
        <translation>%1 “%2” in %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="277"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="284"/>
        <source>New story…</source>
        <translation>New story…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="286"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="289"/>
        <source>A short name, e.g. idlib-2020-02-27</source>
        <translation>A short name, e.g. idlib-2020-02-27</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="295"/>
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="297"/>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="298"/>
        <source>Story:</source>
        <translation>Story:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="299"/>
        <source>Story name:</source>
        <translation>Story name:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="300"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="309"/>
        <source>%n shared argument(s)</source>
        <translation>
            <numerusform>%n shared argument</numerusform>
            <numerusform>%n shared arguments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="311"/>
        <source>same trigger word</source>
        <translation>same trigger word</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="313"/>
        <source>same date</source>
        <translation>same date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="316"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="323"/>
        <source>now in %1</source>
        <translation>now in %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="327"/>
        <source>Reports of the same kind of event in other documents</source>
        <translation>Reports of the same kind of event in other documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="330"/>
        <source>No other events of this type</source>
        <translation>No other events of this type</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="338"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="340"/>
        <source>Remove from story</source>
        <translation>Remove from story</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="398"/>
        <source>Type a name for the new story.</source>
        <translation>Type a name for the new story.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="402"/>
        <source>There is a story called %1 already: choose it in the list.</source>
        <translation>There is a story called %1 already: choose it in the list.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="108"/>
        <source>Event as argument…</source>
        <translation>Event as argument…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="110"/>
        <source>Link to story…</source>
        <translation>Link to story…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="112"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="173"/>
        <source>Story: %1</source>
        <translation>Story: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="204"/>
        <source>%1: (missing)</source>
        <translation>%1: (missing)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="302"/>
        <source>Select a trigger and press an event type&apos;s key.</source>
        <translation>Select a trigger and press an event type&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="355"/>
        <source>Choose an event first (click its trigger or pick it in the list).</source>
        <translation>Choose an event first (click its trigger or pick it in the list).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="360"/>
        <source>No role of this event takes a %1.</source>
        <translation>No role of this event takes a %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="403"/>
        <source>No other event of this document can fill a role of this event.</source>
        <translation>No other event of this document can fill a role of this event.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="134"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="142"/>
        <source>all; or ids 1,4-9, source:NAME, file:NAME, title text</source>
        <translation>all; or ids 1,4-9, source:NAME, file:NAME, title text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="144"/>
        <source>Split into train / dev / test</source>
        <translation>Split into train / dev / test</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="154"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="155"/>
        <source>dev</source>
        <translation>dev</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="156"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="157"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="166"/>
        <source>Token formats</source>
        <translation>Token formats</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="168"/>
        <source>IOB2 (B-, I-, O)</source>
        <translation>IOB2 (B-, I-, O)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="169"/>
        <source>BIOES (B-, I-, O, E-, S-)</source>
        <translation>BIOES (B-, I-, O, E-, S-)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="171"/>
        <source>one tag column per nesting level</source>
        <translation>one tag column per nesting level</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="172"/>
        <source>the outermost entity only</source>
        <translation>the outermost entity only</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="173"/>
        <source>refuse documents with nested entities</source>
        <translation>refuse documents with nested entities</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="175"/>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="176"/>
        <source>words, split where an entity starts inside one</source>
        <translation>words, split where an entity starts inside one</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="177"/>
        <source>words with proclitics split off</source>
        <translation>words with proclitics split off</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="179"/>
        <source>Tag scheme:</source>
        <translation>Tag scheme:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="180"/>
        <source>Nested entities:</source>
        <translation>Nested entities:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="181"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="186"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="190"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="191"/>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="192"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="195"/>
        <source>Output folder:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="220"/>
        <source>%1 (%2 entities, %3 events, %4 stances)</source>
        <translation>%1 (%2 entities, %3 events, %4 stances)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="236"/>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="248"/>
        <source>train, dev and test must add up to 1 (now %1)</source>
        <translation>train, dev and test must add up to 1 (now %1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="255"/>
        <source>Choose an output folder.</source>
        <translation>Choose an output folder.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="273"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="288"/>
        <source>Changed or left out on the way:</source>
        <translation>Changed or left out on the way:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="290"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsDialog</name>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="304"/>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="357"/>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="363"/>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="417"/>
        <source>Import annotations</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="311"/>
        <source>a file, or a folder of files</source>
        <translation>a file, or a folder of files</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="312"/>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="314"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="324"/>
        <source>optional: old label → new label (YAML, JSON, TSV)</source>
        <translation>optional: old label → new label (YAML, JSON, TSV)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="325"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="327"/>
        <source>Offsets count UTF-16 code units (JavaScript tools)</source>
        <translation>Offsets count UTF-16 code units (JavaScript tools)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="330"/>
        <source>the whole file</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="333"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="334"/>
        <source>Import from:</source>
        <translation>Import from:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="335"/>
        <source>Into layer:</source>
        <translation>Into layer:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="336"/>
        <source>Label map:</source>
        <translation>Label map:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="338"/>
        <source>Sentences per document:</source>
        <translation>Sentences per document:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="355"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="370"/>
        <source>Label map</source>
        <translation>Label map</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="372"/>
        <source>Label maps (*.yaml *.yml *.json *.tsv *.csv *.txt);;All files (*)</source>
        <translation>Label maps (*.yaml *.yml *.json *.tsv *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="384"/>
        <source>Choose a file or a folder to import.</source>
        <translation>Choose a file or a folder to import.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="390"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="428"/>
        <source>Problems (%1 of %2):</source>
        <translation>Problems (%1 of %2):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="435"/>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="67"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="80"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="84"/>
        <source>Use the view&apos;s selection as the span</source>
        <translation>Use the view&apos;s selection as the span</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="87"/>
        <source>Event type:</source>
        <translation>Event type:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="94"/>
        <source>Polarity:</source>
        <translation>Polarity:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="140"/>
        <source>(dropped)</source>
        <translation>(dropped)</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../annotator/ui/schema_tables.py" line="151"/>
        <source>Annotations refer to this key, so it cannot be renamed.</source>
        <translation>Annotations refer to this key, so it cannot be renamed.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_tables.py" line="157"/>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="75"/>
        <source>annotator — %1 (%2)</source>
        <translation>annotator — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="101"/>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="102"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="103"/>
        <source>Stances</source>
        <translation>Stances</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="104"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="163"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="164"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="165"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="166"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="169"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Import documents…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="170"/>
        <source>Import &amp;annotations…</source>
        <translation>Import &amp;annotations…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="171"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="172"/>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="176"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="177"/>
        <location filename="../../annotator/ui/main_window.py" line="444"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="178"/>
        <location filename="../../annotator/ui/main_window.py" line="448"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="180"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="181"/>
        <source>&amp;Link entity across documents…</source>
        <translation>&amp;Link entity across documents…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="182"/>
        <source>Link event to a s&amp;tory…</source>
        <translation>Link event to a s&amp;tory…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="184"/>
        <source>Sc&amp;hema…</source>
        <translation>Sc&amp;hema…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="186"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="187"/>
        <location filename="../../annotator/ui/main_window.py" line="487"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="188"/>
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="191"/>
        <source>&amp;Entities mode</source>
        <translation>&amp;Entities mode</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="192"/>
        <source>E&amp;vents mode</source>
        <translation>E&amp;vents mode</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="193"/>
        <source>&amp;Stances mode</source>
        <translation>&amp;Stances mode</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="194"/>
        <source>S&amp;tory view…</source>
        <translation>S&amp;tory view…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="196"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="197"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="198"/>
        <source>Take proclitics off selections</source>
        <translation>Take proclitics off selections</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="201"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="44"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="47"/>
        <source>Assi&amp;gn a copy to an annotator…</source>
        <translation>Assi&amp;gn a copy to an annotator…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="53"/>
        <source>&amp;Merge annotators&apos; copies…</source>
        <translation>&amp;Merge annotators&apos; copies…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="58"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Agreement…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="60"/>
        <source>&amp;Review and adjudicate…</source>
        <translation>&amp;Review and adjudicate…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="211"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="263"/>
        <source>Every document is done.</source>
        <translation>Every document is done.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="305"/>
        <source>Select some text first.</source>
        <translation>Select some text first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>annotate all as %1</source>
        <translation>annotate all as %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="444"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="448"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="474"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="487"/>
        <source>Reopen document</source>
        <translation>Reopen document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="497"/>
        <source>word %1 of %2</source>
        <translation>word %1 of %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="500"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="501"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="502"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="537"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="537"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>Projects (*.annot);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="543"/>
        <location filename="../../annotator/ui/main_window.py" line="548"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="543"/>
        <location filename="../../annotator/ui/main_window.py" line="578"/>
        <source>Projects (*.annot)</source>
        <translation>Projects (*.annot)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="562"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="562"/>
        <source>Text, JSONL, CSV (*.txt *.jsonl *.csv)</source>
        <translation>Text, JSONL, CSV (*.txt *.jsonl *.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="569"/>
        <location filename="../../annotator/ui/main_window.py" line="573"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="578"/>
        <location filename="../../annotator/ui/main_window.py" line="583"/>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="587"/>
        <source>The project file has a problem</source>
        <translation>The project file has a problem</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="589"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="126"/>
        <source>Select the trigger word first.</source>
        <translation>Select the trigger word first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="179"/>
        <source>Choose a stance first, or make one with Insert.</source>
        <translation>Choose a stance first, or make one with Insert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="275"/>
        <source>Choose an event first (Events mode).</source>
        <translation>Choose an event first (Events mode).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="287"/>
        <source>Select an entity first (click it, or Tab to it).</source>
        <translation>Select an entity first (click it, or Tab to it).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="203"/>
        <location filename="../../annotator/ui/teams_dialogs.py" line="246"/>
        <source>Merge copies</source>
        <translation>Merge copies</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="207"/>
        <source>Add copies…</source>
        <translation>Add copies…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="210"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="220"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="222"/>
        <source>Copies to merge (each into its annotator&apos;s layer):</source>
        <translation>Copies to merge (each into its annotator&apos;s layer):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="246"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>Projects (*.annot);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="260"/>
        <source>Add the copies to merge.</source>
        <translation>Add the copies to merge.</translation>
    </message>
</context>
<context>
    <name>OutletGrid</name>
    <message>
        <location filename="../../annotator/ui/outlet_grid.py" line="37"/>
        <source>Outlet&apos;s stance</source>
        <translation>Outlet&apos;s stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/outlet_grid.py" line="48"/>
        <source>The schema has no stance targets.</source>
        <translation>The schema has no stance targets.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="131"/>
        <source>Annotators compared</source>
        <translation>Annotators compared</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="141"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="143"/>
        <source>Open units only</source>
        <translation>Open units only</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="144"/>
        <source>All disagreements</source>
        <translation>All disagreements</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="145"/>
        <source>Everything (with agreed units)</source>
        <translation>Everything (with agreed units)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="170"/>
        <source>Merge agreed units into gold</source>
        <translation>Merge agreed units into gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="173"/>
        <source>Min. annotators agreeing:</source>
        <translation>Min. annotators agreeing:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="176"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="177"/>
        <source>0 = all the annotators who worked on the document</source>
        <translation>0 = all the annotators who worked on the document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="180"/>
        <source>Merge agreed units</source>
        <translation>Merge agreed units</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="230"/>
        <source>%1 of %2 decided</source>
        <translation>%1 of %2 decided</translation>
    </message>
</context>
<context>
    <name>ReviewVersions</name>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="61"/>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="62"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="63"/>
        <source>stance</source>
        <translation>stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="70"/>
        <source>unanimous</source>
        <translation>unanimous</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="71"/>
        <source>majority</source>
        <translation>majority</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="72"/>
        <source>adjudicated</source>
        <translation>adjudicated</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="73"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="74"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="82"/>
        <source>%1 (automatic merge)</source>
        <translation>%1 (automatic merge)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="86"/>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="135"/>
        <source>the outlet</source>
        <translation>the outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="155"/>
        <source>story: %1</source>
        <translation>story: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="162"/>
        <source>scope: %1</source>
        <translation>scope: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="168"/>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="174"/>
        <source>intensity: %1</source>
        <translation>intensity: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="185"/>
        <source>linked as %1</source>
        <translation>linked as %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="317"/>
        <source>This unit is no longer in the queue (check the filter).</source>
        <translation>This unit is no longer in the queue (check the filter).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="333"/>
        <source>No unit is chosen.</source>
        <translation>No unit is chosen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="336"/>
        <location filename="../../annotator/ui/review_window.py" line="108"/>
        <source>The project is open read-only: decisions are off.</source>
        <translation>The project is open read-only: decisions are off.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="356"/>
        <source>Every unit in the queue is decided.</source>
        <translation>Every unit in the queue is decided.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="378"/>
        <source>Gold: %1 (%2)</source>
        <translation>Gold: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="373"/>
        <source>Nothing of this %1 goes into gold (%2)</source>
        <translation>Nothing of this %1 goes into gold (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="401"/>
        <source>Agreed units merged into gold: %1.</source>
        <translation>Agreed units merged into gold: %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="426"/>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="428"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="440"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="452"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="454"/>
        <location filename="../../annotator/ui/review_window.py" line="197"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="458"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="460"/>
        <location filename="../../annotator/ui/review_window.py" line="198"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="95"/>
        <source>Review — %1 (%2)</source>
        <translation>Review — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="116"/>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="163"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="168"/>
        <source>Accept the version of annotator %1</source>
        <translation>Accept the version of annotator %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="178"/>
        <source>Accept the &amp;majority</source>
        <translation>Accept the &amp;majority</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="180"/>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Edit and accept…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="182"/>
        <source>&amp;Reject all</source>
        <translation>&amp;Reject all</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="186"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="187"/>
        <source>&amp;Next unit</source>
        <translation>&amp;Next unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="189"/>
        <source>&amp;Previous unit</source>
        <translation>&amp;Previous unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="191"/>
        <source>&amp;First unit</source>
        <translation>&amp;First unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="193"/>
        <source>&amp;Last unit</source>
        <translation>&amp;Last unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="195"/>
        <source>Next &amp;open unit</source>
        <translation>Next &amp;open unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="196"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="201"/>
        <source>Majority (M)</source>
        <translation>Majority (M)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="202"/>
        <source>Edit… (E)</source>
        <translation>Edit… (E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="203"/>
        <source>Reject all (R)</source>
        <translation>Reject all (R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="204"/>
        <source>Previous (K)</source>
        <translation>Previous (K)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="205"/>
        <source>Next (J)</source>
        <translation>Next (J)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="233"/>
        <source>Choose at least two annotators to compare.</source>
        <translation>Choose at least two annotators to compare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="277"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="286"/>
        <source>agreed, not in gold yet</source>
        <translation>agreed, not in gold yet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="288"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="319"/>
        <source>Nothing to review here: no units match the filter.</source>
        <translation>Nothing to review here: no units match the filter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="335"/>
        <source>the unit</source>
        <translation>the unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="341"/>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 of %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="349"/>
        <source>In the text: each annotator&apos;s version is underlined in their colour (dashed: its arguments, holder or target), the unit is dotted, gold is filled.</source>
        <translation>In the text: each annotator&apos;s version is underlined in their colour (dashed: its arguments, holder or target), the unit is dotted, gold is filled.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="380"/>
        <source>Accept %1&apos;s version</source>
        <translation>Accept %1&apos;s version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="428"/>
        <source>The project file has a problem</source>
        <translation>The project file has a problem</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="69"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="80"/>
        <source>Polarities</source>
        <translation>Polarities</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="81"/>
        <location filename="../../annotator/ui/schema_editor.py" line="152"/>
        <location filename="../../annotator/ui/schema_editor.py" line="165"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="83"/>
        <source>Stance targets</source>
        <translation>Stance targets</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="85"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="86"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="87"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="88"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="89"/>
        <source>Replace the schema with one from a YAML file</source>
        <translation>Replace the schema with one from a YAML file</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="90"/>
        <source>Save the stored schema as a YAML file</source>
        <translation>Save the stored schema as a YAML file</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="91"/>
        <source>Close; edits not applied are discarded</source>
        <translation>Close; edits not applied are discarded</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="115"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="116"/>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="117"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="120"/>
        <location filename="../../annotator/ui/schema_editor.py" line="534"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="121"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="132"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="133"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="155"/>
        <source>Merge label into…</source>
        <translation>Merge label into…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="157"/>
        <source>Relabel every entity of the selected label and remove the label, in one step</source>
        <translation>Relabel every entity of the selected label and remove the label, in one step</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="160"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="172"/>
        <source>Accepts</source>
        <translation>Accepts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="175"/>
        <source>The entity labels and event types that may fill the role: keys, separated by commas</source>
        <translation>The entity labels and event types that may fill the role: keys, separated by commas</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="178"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="179"/>
        <source>Repeatable</source>
        <translation>Repeatable</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="184"/>
        <location filename="../../annotator/ui/schema_editor.py" line="273"/>
        <source>Roles of the selected event type</source>
        <translation>Roles of the selected event type</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="186"/>
        <source>Its attributes</source>
        <translation>Its attributes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="197"/>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="204"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="206"/>
        <source>The attribute&apos;s values: keys, separated by commas</source>
        <translation>The attribute&apos;s values: keys, separated by commas</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="208"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="216"/>
        <source>Entity attributes</source>
        <translation>Entity attributes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="217"/>
        <source>Event attributes</source>
        <translation>Event attributes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="222"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="272"/>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="317"/>
        <source>Select an event type first.</source>
        <translation>Select an event type first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="355"/>
        <source>Fill in the key and both names, then Apply.</source>
        <translation>Fill in the key and both names, then Apply.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="365"/>
        <source>The label %1 is used by %n entities; it cannot be deleted.</source>
        <translation>
            <numerusform>The label %1 is used by %n entity; it cannot be deleted.</numerusform>
            <numerusform>The label %1 is used by %n entities; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="368"/>
        <source>The event type %1 is used by %n events; it cannot be deleted.</source>
        <translation>
            <numerusform>The event type %1 is used by %n event; it cannot be deleted.</numerusform>
            <numerusform>The event type %1 is used by %n events; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="372"/>
        <source>The role %1 is used by %n arguments; it cannot be deleted.</source>
        <translation>
            <numerusform>The role %1 is used by %n argument; it cannot be deleted.</numerusform>
            <numerusform>The role %1 is used by %n arguments; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="375"/>
        <source>The polarity %1 is used by %n stances; it cannot be deleted.</source>
        <translation>
            <numerusform>The polarity %1 is used by %n stance; it cannot be deleted.</numerusform>
            <numerusform>The polarity %1 is used by %n stances; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="378"/>
        <source>The stance target %1 is used by %n stances; it cannot be deleted.</source>
        <translation>
            <numerusform>The stance target %1 is used by %n stance; it cannot be deleted.</numerusform>
            <numerusform>The stance target %1 is used by %n stances; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="381"/>
        <source>The attribute %1 is set on %n entities; it cannot be deleted.</source>
        <translation>
            <numerusform>The attribute %1 is set on %n entity; it cannot be deleted.</numerusform>
            <numerusform>The attribute %1 is set on %n entities; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="384"/>
        <source>The attribute %1 is set on %n events; it cannot be deleted.</source>
        <translation>
            <numerusform>The attribute %1 is set on %n event; it cannot be deleted.</numerusform>
            <numerusform>The attribute %1 is set on %n events; it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="391"/>
        <source>Select a row to delete first.</source>
        <translation>Select a row to delete first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="417"/>
        <source>Deleted; Apply to save.</source>
        <translation>Deleted; Apply to save.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="423"/>
        <source>Apply or discard your edits first to merge it instead.</source>
        <translation>Apply or discard your edits first to merge it instead.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="427"/>
        <source>Merge it into another label instead? Its entities get that label.</source>
        <translation>Merge it into another label instead? Its entities get that label.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="445"/>
        <source>Select a saved label to merge first.</source>
        <translation>Select a saved label to merge first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="449"/>
        <source>Give every entity labelled %1, in every annotator&apos;s layer, this label and remove %1:</source>
        <translation>Give every entity labelled %1, in every annotator&apos;s layer, this label and remove %1:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="458"/>
        <source>Apply or discard your other edits first, then merge.</source>
        <translation>Apply or discard your other edits first, then merge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="464"/>
        <source>Merged %1 into %2: %n entities relabelled.</source>
        <translation>
            <numerusform>Merged %1 into %2: %n entity relabelled.</numerusform>
            <numerusform>Merged %1 into %2: %n entities relabelled.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="471"/>
        <source>The edited schema</source>
        <translation>The edited schema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="476"/>
        <source>Nothing to apply: the schema is unchanged.</source>
        <translation>Nothing to apply: the schema is unchanged.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="481"/>
        <source>Not applied: annotations still use what it removes:</source>
        <translation>Not applied: annotations still use what it removes:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="487"/>
        <source>The schema was saved.</source>
        <translation>The schema was saved.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="506"/>
        <source>The change was not applied.</source>
        <translation>The change was not applied.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="515"/>
        <source>Imported the schema from %1.</source>
        <translation>Imported the schema from %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="526"/>
        <source>Exported the schema to %1.</source>
        <translation>Exported the schema to %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="528"/>
        <source>Edits not applied yet are not in the file.</source>
        <translation>Edits not applied yet are not in the file.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="539"/>
        <source>Merge %1 into another label</source>
        <translation>Merge %1 into another label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="545"/>
        <source>Import a schema</source>
        <translation>Import a schema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="545"/>
        <location filename="../../annotator/ui/schema_editor.py" line="551"/>
        <source>Schema files (*.yaml *.yml)</source>
        <translation>Schema files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="551"/>
        <source>Export the schema</source>
        <translation>Export the schema</translation>
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
        <location filename="../../annotator/ui/shortcuts.py" line="67"/>
        <source>Entities / Events / Stances mode</source>
        <translation>Entities / Events / Stances mode</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="70"/>
        <source>Events mode: letters</source>
        <translation>Events mode: letters</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="71"/>
        <source>Make the selection a trigger of the event type with that key (a, d, b…)</source>
        <translation>Make the selection a trigger of the event type with that key (a, d, b…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="76"/>
        <source>Events mode: Enter or click on an entity</source>
        <translation>Events mode: Enter or click on an entity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="77"/>
        <source>Choose the role it fills in the current event</source>
        <translation>Choose the role it fills in the current event</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="80"/>
        <source>Events mode: digit on a new selection</source>
        <translation>Events mode: digit on a new selection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="81"/>
        <source>Create the entity and choose its role at once</source>
        <translation>Create the entity and choose its role at once</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="83"/>
        <source>Next / previous event or stance</source>
        <translation>Next / previous event or stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="85"/>
        <source>Events mode: Delete</source>
        <translation>Events mode: Delete</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="86"/>
        <source>Delete the current event (or the chosen argument)</source>
        <translation>Delete the current event (or the chosen argument)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="89"/>
        <source>Stances mode: E</source>
        <translation>Stances mode: E</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="90"/>
        <source>Add the selection as evidence of the current stance</source>
        <translation>Add the selection as evidence of the current stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="93"/>
        <source>Stances mode: f, a, n, u</source>
        <translation>Stances mode: f, a, n, u</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="94"/>
        <source>Set the current stance&apos;s polarity</source>
        <translation>Set the current stance&apos;s polarity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="98"/>
        <source>Next / previous suggestion (Suggestions from: in Entities)</source>
        <translation>Next / previous suggestion (Suggestions from: in Entities)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="103"/>
        <source>Enter / Delete on a suggestion</source>
        <translation>Enter / Delete on a suggestion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="104"/>
        <source>Accept / reject it, then go to the next one</source>
        <translation>Accept / reject it, then go to the next one</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="106"/>
        <source>Link the selected entity across documents</source>
        <translation>Link the selected entity across documents</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="107"/>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="110"/>
        <source>Undo / redo (survives closing the project)</source>
        <translation>Undo / redo (survives closing the project)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="112"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="113"/>
        <source>Mark the document done / reopen it</source>
        <translation>Mark the document done / reopen it</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="114"/>
        <source>Next document not done</source>
        <translation>Next document not done</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="115"/>
        <source>Zoom in / out</source>
        <translation>Zoom in / out</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="116"/>
        <source>Agreement between annotators</source>
        <translation>Agreement between annotators</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="117"/>
        <source>Review and adjudicate into gold</source>
        <translation>Review and adjudicate into gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="119"/>
        <source>Review: 1–9 / M / E / R</source>
        <translation>Review: 1–9 / M / E / R</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="120"/>
        <source>Accept that annotator&apos;s version / the majority / edit and accept / reject all</source>
        <translation>Accept that annotator&apos;s version / the majority / edit and accept / reject all</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="125"/>
        <source>Review: J / K, O</source>
        <translation>Review: J / K, O</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="126"/>
        <source>Next / previous unit in the queue, next open unit</source>
        <translation>Next / previous unit in the queue, next open unit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="128"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="61"/>
        <source>Edit stance</source>
        <translation>Edit stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="61"/>
        <source>New stance</source>
        <translation>New stance</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="64"/>
        <source>Author/outlet</source>
        <translation>Author/outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="88"/>
        <source>Whole document</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="91"/>
        <source>The span “%1”</source>
        <translation>The span “%1”</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="95"/>
        <source>The selection “%1”</source>
        <translation>The selection “%1”</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="98"/>
        <source>Add the selection as evidence</source>
        <translation>Add the selection as evidence</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="117"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="118"/>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="119"/>
        <source>&amp;Polarity:</source>
        <translation>&amp;Polarity:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="120"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="122"/>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensity:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="123"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confidence:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="124"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="134"/>
        <source>The schema has no stance targets and the document no entities to take a stance on.</source>
        <translation>The schema has no stance targets and the document no entities to take a stance on.</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="157"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="158"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="159"/>
        <source>Polarity</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="160"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="161"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="162"/>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="163"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="166"/>
        <source>New stance…</source>
        <translation>New stance…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="167"/>
        <source>A new stance (Insert or Ctrl+Shift+N)</source>
        <translation>A new stance (Insert or Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="168"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="169"/>
        <source>Edit the current stance (Enter or F2 in the list)</source>
        <translation>Edit the current stance (Enter or F2 in the list)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="170"/>
        <source>Add evidence from selection</source>
        <translation>Add evidence from selection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="172"/>
        <source>Add the text selection as evidence of the current stance (E)</source>
        <translation>Add the text selection as evidence of the current stance (E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="174"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="175"/>
        <source>Delete the current stance or evidence (Delete)</source>
        <translation>Delete the current stance or evidence (Delete)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="293"/>
        <source>Author/outlet</source>
        <translation>Author/outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="303"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="460"/>
        <location filename="../../annotator/ui/stance_panel.py" line="537"/>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="479"/>
        <location filename="../../annotator/ui/stance_panel.py" line="559"/>
        <source>Select a stance first.</source>
        <translation>Select a stance first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="541"/>
        <source>Select a stance in the list first, then add evidence to it.</source>
        <translation>Select a stance in the list first, then add evidence to it.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="545"/>
        <source>Select the evidence in the text first.</source>
        <translation>Select the evidence in the text first.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="553"/>
        <source>Evidence added.</source>
        <translation>Evidence added.</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="501"/>
        <source>Story view</source>
        <translation>Story view</translation>
    </message>
</context>
<context>
    <name>StoryTableModel</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="231"/>
        <source>Outlets disagree: %1</source>
        <translation>Outlets disagree: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="261"/>
        <source>Outlets disagree in this column</source>
        <translation>Outlets disagree in this column</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="271"/>
        <source>Stance: %1</source>
        <translation>Stance: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="273"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="274"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="275"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="276"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="305"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="323"/>
        <source>No stories yet. A story links reports of the same event across documents: in the Events tab, select an event and choose Link to story…</source>
        <translation>No stories yet. A story links reports of the same event across documents: in the Events tab, select an event and choose Link to story…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="341"/>
        <source>Story:</source>
        <translation>Story:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/story_view.py" line="400"/>
        <location filename="../../annotator/ui/story_view.py" line="458"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/story_view.py" line="456"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="462"/>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="462"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="465"/>
        <source>no conflicts</source>
        <translation>no conflicts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="471"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="472"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="475"/>
        <location filename="../../annotator/ui/story_view.py" line="487"/>
        <source>Export story</source>
        <translation>Export story</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="51"/>
        <source>Accept (Enter)</source>
        <translation>Accept (Enter)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="52"/>
        <source>Reject (Del)</source>
        <translation>Reject (Del)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="53"/>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="60"/>
        <source>Suggestions from:</source>
        <translation>Suggestions from:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="114"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="191"/>
        <source>Suggestion: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="234"/>
        <source>Choose where suggestions come from first (Suggestions from:).</source>
        <translation>Choose where suggestions come from first (Suggestions from:).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="236"/>
        <location filename="../../annotator/ui/suggestions.py" line="321"/>
        <source>No suggestions left in this document.</source>
        <translation>No suggestions left in this document.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="299"/>
        <source>Select a suggestion first (F7).</source>
        <translation>Select a suggestion first (F7).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/suggestions.py" line="332"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="340"/>
        <source>Suggestion: %1 «%2»</source>
        <translation>Suggestion: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="343"/>
        <source>F7: next suggestion</source>
        <translation>F7: next suggestion</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="353"/>
        <source>Nothing to review: the queue is empty.</source>
        <translation>Nothing to review: the queue is empty.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="387"/>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="388"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="390"/>
        <source>unanimous</source>
        <translation>unanimous</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="392"/>
        <source>majority (%1)</source>
        <translation>majority (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="394"/>
        <source>minority (%1)</source>
        <translation>minority (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="396"/>
        <source>no majority (%1)</source>
        <translation>no majority (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="399"/>
        <source>same as %1</source>
        <translation>same as %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="402"/>
        <source>(nothing marked)</source>
        <translation>(nothing marked)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="403"/>
        <source>Accept (%1)</source>
        <translation>Accept (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="403"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="413"/>
        <source>Gold now</source>
        <translation>Gold now</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="416"/>
        <source>open: not decided yet</source>
        <translation>open: not decided yet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="419"/>
        <source>decided: %1</source>
        <translation>decided: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="427"/>
        <source>(nothing in gold)</source>
        <translation>(nothing in gold)</translation>
    </message>
</context>
<context>
    <name>_CheckList</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="70"/>
        <source>Check all</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="71"/>
        <source>Check none</source>
        <translation>Check none</translation>
    </message>
</context>
<context>
    <name>_TeamsDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="49"/>
        <source>The report appears here.</source>
        <translation>The report appears here.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="81"/>
        <source>Who is annotating?</source>
        <translation>Who is annotating?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="82"/>
        <source>Your name (your annotations form your own layer in this project):</source>
        <translation>Your name (your annotations form your own layer in this project):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="103"/>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="104"/>
        <source>Open it read-only to look at it?</source>
        <translation>Open it read-only to look at it?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="111"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
</context>
</TS>

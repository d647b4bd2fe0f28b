<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgreementDashboard</name>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="105"/>
        <source>Agreement</source>
        <translation>الاتفاق بين الموسِّمين</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="123"/>
        <source>Annotators</source>
        <translation>الموسِّمون</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="136"/>
        <source>Compute</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="139"/>
        <source>Export HTML…</source>
        <translation>تصدير HTML…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="203"/>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="300"/>
        <source>Click a cell of the matrix to list its items.</source>
        <translation>انقر على خلية في المصفوفة لعرض عناصرها.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="209"/>
        <source>Pairs</source>
        <translation>الأزواج</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="210"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="211"/>
        <source>Confusion</source>
        <translation>الخلط بين الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="212"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="214"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="215"/>
        <source>Stances</source>
        <translation>المواقف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/agreement_dashboard.py" line="243"/>
        <source>%n document(s) compared.</source>
        <translation>
            <numerusform>لم تتم مقارنة أي مستند.</numerusform>
            <numerusform>تمت مقارنة مستند واحد.</numerusform>
            <numerusform>تمت مقارنة مستندَين.</numerusform>
            <numerusform>تمت مقارنة %n مستندات.</numerusform>
            <numerusform>تمت مقارنة %n مستندًا.</numerusform>
            <numerusform>تمت مقارنة %n مستند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="307"/>
        <source>%1 → %2: double-click an item to open it.</source>
        <translation>%1 ← %2: انقر نقرًا مزدوجًا على عنصر لفتحه.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="309"/>
        <source>%1 → %2: both annotators agree here.</source>
        <translation>%1 ← %2: يتفق الموسِّمان هنا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="311"/>
        <source>%1 → %2: no items.</source>
        <translation>%1 ← %2: لا عناصر.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="326"/>
        <source>Export HTML report</source>
        <translation>تصدير تقرير HTML</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="326"/>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="339"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/agreement_dashboard.py" line="341"/>
        <source>Wrote %1</source>
        <translation>حُفظ %1</translation>
    </message>
</context>
<context>
    <name>AnnotateAllDialog</name>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="157"/>
        <source>Annotate all matches as %1</source>
        <translation>توسيم كل التطابقات بالوسم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="161"/>
        <source> (already annotated)</source>
        <translation> (موسوم مسبقًا)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="173"/>
        <source>One undo step takes all of these back.</source>
        <translation>خطوة تراجع واحدة تُلغي كل هذه التوسيمات.</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="191"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="191"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="86"/>
        <location filename="../../annotator/ui/teams_dialogs.py" line="154"/>
        <source>Assign a copy</source>
        <translation>إسناد نسخة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="94"/>
        <source>the annotator&apos;s name</source>
        <translation>اسم الموسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="96"/>
        <source>all; or ids 1,4-9, source:NAME, file:NAME, title text</source>
        <translation>الكل؛ أو المعرّفات 1,4-9، source:الاسم، file:الاسم، نص من العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="100"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="108"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="111"/>
        <source>Annotator:</source>
        <translation>الموسِّم:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="112"/>
        <source>Documents:</source>
        <translation>المستندات:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="114"/>
        <source>Copy file:</source>
        <translation>ملف النسخة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/teams_dialogs.py" line="140"/>
        <source>%n document(s) selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي مستند</numerusform>
            <numerusform>مستند واحد محدَّد</numerusform>
            <numerusform>مستندان محدَّدان</numerusform>
            <numerusform>%n مستندات محدَّدة</numerusform>
            <numerusform>%n مستندًا محدَّدًا</numerusform>
            <numerusform>%n مستند محدَّد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="156"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>المشاريع (*.annot);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="166"/>
        <source>Choose the copy file to write.</source>
        <translation>اختر ملف النسخة المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="187"/>
        <source>Send this file to %1; they open it in annotator, annotate, and send it back.</source>
        <translation>أرسل هذا الملف إلى %1؛ ليفتحه في annotator ويوسِّم ثم يعيده إليك.</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="135"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="138"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="138"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="99"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="100"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="101"/>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="130"/>
        <location filename="../../annotator/ui/document_list.py" line="212"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="265"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="266"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="267"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="268"/>
        <source>Tokens</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="269"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="270"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
</context>
<context>
    <name>DocumentListWidget</name>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="548"/>
        <source>%1 of %2 done</source>
        <translation>اكتمل %1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="555"/>
        <source>Filter by title or outlet</source>
        <translation>التصفية حسب العنوان أو المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="556"/>
        <source>Filter documents</source>
        <translation>تصفية المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="557"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="558"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/document_list.py" line="560"/>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="157"/>
        <source>Edit and accept</source>
        <translation>تحرير وقبول</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="167"/>
        <source>Start from:</source>
        <translation>البدء من:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="174"/>
        <source>%1 (majority)</source>
        <translation>%1 (الأغلبية)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="188"/>
        <source>Add the view&apos;s selection as an entity</source>
        <translation>إضافة التحديد في النص كيانًا</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="197"/>
        <source>Accept into gold</source>
        <translation>قبول في المعيار الذهبي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="230"/>
        <source>Select some text in the document first.</source>
        <translation>حدّد نصًا في المستند أولًا.</translation>
    </message>
</context>
<context>
    <name>EntityLinkDialog</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="128"/>
        <source>Link to an entity id</source>
        <translation>ربط بمعرّف كيان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="131"/>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) في %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="139"/>
        <source>Current entity id: %1</source>
        <translation>معرّف الكيان الحالي: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="141"/>
        <source>Not linked yet</source>
        <translation>غير مرتبط بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="148"/>
        <source>A readable name for the entity</source>
        <translation>اسم مقروء للكيان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="150"/>
        <source>Mention:</source>
        <translation>الإشارة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="152"/>
        <source>Entity id:</source>
        <translation>معرّف الكيان:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="153"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="163"/>
        <source>now %1</source>
        <translation>حاليًا %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="165"/>
        <source>Matching mentions in other documents</source>
        <translation>إشارات مطابقة في مستندات أخرى</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="168"/>
        <source>No matching mentions</source>
        <translation>لا توجد إشارات مطابقة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="172"/>
        <source>Already linked with this id</source>
        <translation>مرتبطة مسبقًا بهذا المعرّف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="180"/>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="181"/>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="200"/>
        <source>Document %1</source>
        <translation>المستند %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="213"/>
        <source>Already linked with this id: %n mention(s)</source>
        <translation>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: لا إشارات</numerusform>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: إشارة واحدة</numerusform>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: إشارتان</numerusform>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: %n إشارات</numerusform>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: %n إشارةً</numerusform>
            <numerusform>مرتبطة مسبقًا بهذا المعرّف: %n إشارة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="215"/>
        <source>No mentions have this id yet</source>
        <translation>لا توجد إشارات بهذا المعرّف بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="225"/>
        <source>Type an entity id.</source>
        <translation>اكتب معرّف كيان.</translation>
    </message>
</context>
<context>
    <name>EventClusterDialog</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="271"/>
        <source>Link to story</source>
        <translation>ربط بقصة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="274"/>
        <source>%1 “%2” in %3</source>
        <translation>%1 «%2» في %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="277"/>
        <source>Document %1</source>
        <translation>المستند %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="284"/>
        <source>New story…</source>
        <translation>قصة جديدة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="286"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="289"/>
        <source>A short name, e.g. idlib-2020-02-27</source>
        <translation>اسم قصير، مثل idlib-2020-02-27</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="295"/>
        <source>What happened, in a few words</source>
        <translation>ما الذي حدث، في بضع كلمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="297"/>
        <source>Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="298"/>
        <source>Story:</source>
        <translation>القصة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="299"/>
        <source>Story name:</source>
        <translation>اسم القصة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="300"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/link_dialogs.py" line="309"/>
        <source>%n shared argument(s)</source>
        <translation>
            <numerusform>لا وسائط مشتركة</numerusform>
            <numerusform>وسيط مشترك واحد</numerusform>
            <numerusform>وسيطان مشتركان</numerusform>
            <numerusform>%n وسائط مشتركة</numerusform>
            <numerusform>%n وسيطًا مشتركًا</numerusform>
            <numerusform>%n وسيط مشترك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="311"/>
        <source>same trigger word</source>
        <translation>المُطلِق نفسه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="313"/>
        <source>same date</source>
        <translation>التاريخ نفسه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="316"/>
        <source>score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="323"/>
        <source>now in %1</source>
        <translation>حاليًا في %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="327"/>
        <source>Reports of the same kind of event in other documents</source>
        <translation>تقارير عن أحداث من النوع نفسه في مستندات أخرى</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="330"/>
        <source>No other events of this type</source>
        <translation>لا توجد أحداث أخرى من هذا النوع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="338"/>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="340"/>
        <source>Remove from story</source>
        <translation>إزالة من القصة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="398"/>
        <source>Type a name for the new story.</source>
        <translation>اكتب اسمًا للقصة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="402"/>
        <source>There is a story called %1 already: choose it in the list.</source>
        <translation>توجد قصة باسم %1 مسبقًا: اخترها من القائمة.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="108"/>
        <source>Event as argument…</source>
        <translation>حدث بوصفه وسيطًا…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="110"/>
        <source>Link to story…</source>
        <translation>ربط بقصة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="112"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="173"/>
        <source>Story: %1</source>
        <translation>القصة: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="204"/>
        <source>%1: (missing)</source>
        <translation>%1: (مفقود)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="302"/>
        <source>Select a trigger and press an event type&apos;s key.</source>
        <translation>حدّد مُطلِقًا ثم اضغط مفتاح نوع الحدث.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="355"/>
        <source>Choose an event first (click its trigger or pick it in the list).</source>
        <translation>اختر حدثًا أولًا (انقر على مُطلِقه أو اختره من القائمة).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="360"/>
        <source>No role of this event takes a %1.</source>
        <translation>لا يقبل أيّ دور من أدوار هذا الحدث %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/event_panel.py" line="403"/>
        <source>No other event of this document can fill a role of this event.</source>
        <translation>لا يوجد في هذا المستند حدث آخر يمكنه شغل أحد أدوار هذا الحدث.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="134"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="142"/>
        <source>all; or ids 1,4-9, source:NAME, file:NAME, title text</source>
        <translation>الكل؛ أو المعرّفات 1,4-9، source:الاسم، file:الاسم، نص من العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="144"/>
        <source>Split into train / dev / test</source>
        <translation>التقسيم إلى تدريب / تطوير / اختبار</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="154"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="155"/>
        <source>dev</source>
        <translation>تطوير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="156"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="157"/>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="166"/>
        <source>Token formats</source>
        <translation>الصيغ القائمة على الكلمات</translation>
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
        <translation>عمود وسوم لكل مستوى تداخل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="172"/>
        <source>the outermost entity only</source>
        <translation>الكيان الخارجي فقط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="173"/>
        <source>refuse documents with nested entities</source>
        <translation>رفض المستندات التي فيها كيانات متداخلة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="175"/>
        <source>words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="176"/>
        <source>words, split where an entity starts inside one</source>
        <translation>الكلمات، مقسومة حيث يبدأ كيان داخل كلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="177"/>
        <source>words with proclitics split off</source>
        <translation>الكلمات مع فصل السوابق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="179"/>
        <source>Tag scheme:</source>
        <translation>نظام الوسوم:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="180"/>
        <source>Nested entities:</source>
        <translation>الكيانات المتداخلة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="181"/>
        <source>Tokens:</source>
        <translation>الكلمات:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="186"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="190"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="191"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="192"/>
        <source>Documents:</source>
        <translation>المستندات:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="195"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="220"/>
        <source>%1 (%2 entities, %3 events, %4 stances)</source>
        <translation>%1 (كيانات: %2، أحداث: %3، مواقف: %4)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="236"/>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="248"/>
        <source>train, dev and test must add up to 1 (now %1)</source>
        <translation>يجب أن يكون مجموع التدريب والتطوير والاختبار 1 (الآن %1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="255"/>
        <source>Choose an output folder.</source>
        <translation>اختر مجلد الإخراج.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="273"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="288"/>
        <source>Changed or left out on the way:</source>
        <translation>ما تغيّر أو أُسقط في الطريق:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="290"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
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
        <translation>استيراد توسيمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="311"/>
        <source>a file, or a folder of files</source>
        <translation>ملف، أو مجلد ملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="312"/>
        <source>File…</source>
        <translation>ملف…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="314"/>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="324"/>
        <source>optional: old label → new label (YAML, JSON, TSV)</source>
        <translation>اختياري: الوسم القديم ← الوسم الجديد (YAML، JSON، TSV)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="325"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="327"/>
        <source>Offsets count UTF-16 code units (JavaScript tools)</source>
        <translation>المواضع تُعدّ بوحدات UTF-16 (أدوات JavaScript)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="330"/>
        <source>the whole file</source>
        <translation>الملف كله</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="333"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="334"/>
        <source>Import from:</source>
        <translation>الاستيراد من:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="335"/>
        <source>Into layer:</source>
        <translation>إلى الطبقة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="336"/>
        <source>Label map:</source>
        <translation>خريطة الوسوم:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="338"/>
        <source>Sentences per document:</source>
        <translation>عدد الجمل في كل مستند:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="355"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="370"/>
        <source>Label map</source>
        <translation>خريطة الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="372"/>
        <source>Label maps (*.yaml *.yml *.json *.tsv *.csv *.txt);;All files (*)</source>
        <translation>خرائط الوسوم (*.yaml *.yml *.json *.tsv *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="384"/>
        <source>Choose a file or a folder to import.</source>
        <translation>اختر ملفًا أو مجلدًا للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="390"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="428"/>
        <source>Problems (%1 of %2):</source>
        <translation>المشكلات (%1 من %2):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/exchange_dialogs.py" line="435"/>
        <source>No problems.</source>
        <translation>لا مشكلات.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="67"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="80"/>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="84"/>
        <source>Use the view&apos;s selection as the span</source>
        <translation>اعتماد التحديد في النص مقطعًا</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="87"/>
        <source>Event type:</source>
        <translation>نوع الحدث:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="94"/>
        <source>Polarity:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="140"/>
        <source>(dropped)</source>
        <translation>(مُستبعَد)</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../annotator/ui/schema_tables.py" line="151"/>
        <source>Annotations refer to this key, so it cannot be renamed.</source>
        <translation>تشير التوسيمات إلى هذا المفتاح، لذا لا يمكن إعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_tables.py" line="157"/>
        <source>Choose a colour</source>
        <translation>اختر لونًا</translation>
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
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="102"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="103"/>
        <source>Stances</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="104"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="163"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="164"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="165"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="166"/>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="169"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;استيراد مستندات…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="170"/>
        <source>Import &amp;annotations…</source>
        <translation>استيراد &amp;توسيمات…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="171"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="172"/>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="176"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="177"/>
        <location filename="../../annotator/ui/main_window.py" line="444"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="178"/>
        <location filename="../../annotator/ui/main_window.py" line="448"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="180"/>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="181"/>
        <source>&amp;Link entity across documents…</source>
        <translation>&amp;ربط الكيان عبر المستندات…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="182"/>
        <source>Link event to a s&amp;tory…</source>
        <translation>ربط الحدث ب&amp;قصة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="184"/>
        <source>Sc&amp;hema…</source>
        <translation>ال&amp;مخطط…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="186"/>
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="187"/>
        <location filename="../../annotator/ui/main_window.py" line="487"/>
        <source>Mark &amp;done</source>
        <translation>وضع علامة &amp;مكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="188"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="191"/>
        <source>&amp;Entities mode</source>
        <translation>وضع ال&amp;كيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="192"/>
        <source>E&amp;vents mode</source>
        <translation>وضع الأ&amp;حداث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="193"/>
        <source>&amp;Stances mode</source>
        <translation>وضع ال&amp;مواقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="194"/>
        <source>S&amp;tory view…</source>
        <translation>&amp;عرض القصة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="196"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="197"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="198"/>
        <source>Take proclitics off selections</source>
        <translation>استبعاد السوابق من التحديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="201"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="44"/>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="47"/>
        <source>Assi&amp;gn a copy to an annotator…</source>
        <translation>&amp;إسناد نسخة إلى موسِّم…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="53"/>
        <source>&amp;Merge annotators&apos; copies…</source>
        <translation>&amp;دمج نسخ الموسِّمين…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="58"/>
        <source>&amp;Agreement…</source>
        <translation>الا&amp;تفاق بين الموسِّمين…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_actions.py" line="60"/>
        <source>&amp;Review and adjudicate…</source>
        <translation>ال&amp;مراجعة والتحكيم…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="211"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="263"/>
        <source>Every document is done.</source>
        <translation>اكتملت جميع المستندات.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="305"/>
        <source>Select some text first.</source>
        <translation>حدّد نصًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>annotate all as %1</source>
        <translation>توسيم الكل بالوسم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="444"/>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="448"/>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="474"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>NOT SAVED</source>
        <translation>لم تُحفظ التغييرات!</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <source>%1 of %2 done</source>
        <translation>اكتمل %1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="487"/>
        <source>Reopen document</source>
        <translation>إعادة فتح المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="497"/>
        <source>word %1 of %2</source>
        <translation>الكلمة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="500"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="501"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="502"/>
        <source>done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="537"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="537"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>المشاريع (*.annot);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="543"/>
        <location filename="../../annotator/ui/main_window.py" line="548"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="543"/>
        <location filename="../../annotator/ui/main_window.py" line="578"/>
        <source>Projects (*.annot)</source>
        <translation>المشاريع (*.annot)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="562"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="562"/>
        <source>Text, JSONL, CSV (*.txt *.jsonl *.csv)</source>
        <translation>نصوص، JSONL، CSV (*.txt *.jsonl *.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="569"/>
        <location filename="../../annotator/ui/main_window.py" line="573"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="578"/>
        <location filename="../../annotator/ui/main_window.py" line="583"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="587"/>
        <source>The project file has a problem</source>
        <translation>توجد مشكلة في ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="589"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="126"/>
        <source>Select the trigger word first.</source>
        <translation>حدّد المُطلِق أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="179"/>
        <source>Choose a stance first, or make one with Insert.</source>
        <translation>اختر موقفًا أولًا، أو أنشئ موقفًا بالمفتاح Insert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="275"/>
        <source>Choose an event first (Events mode).</source>
        <translation>اختر حدثًا أولًا (وضع الأحداث).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/workspace_modes.py" line="287"/>
        <source>Select an entity first (click it, or Tab to it).</source>
        <translation>حدّد كيانًا أولًا (انقر عليه، أو انتقل إليه بالمفتاح Tab).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="203"/>
        <location filename="../../annotator/ui/teams_dialogs.py" line="246"/>
        <source>Merge copies</source>
        <translation>دمج النسخ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="207"/>
        <source>Add copies…</source>
        <translation>إضافة نسخ…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="210"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="220"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="222"/>
        <source>Copies to merge (each into its annotator&apos;s layer):</source>
        <translation>النسخ المراد دمجها (كلٌّ في طبقة موسِّمها):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="246"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>المشاريع (*.annot);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="260"/>
        <source>Add the copies to merge.</source>
        <translation>أضف النسخ المراد دمجها.</translation>
    </message>
</context>
<context>
    <name>OutletGrid</name>
    <message>
        <location filename="../../annotator/ui/outlet_grid.py" line="37"/>
        <source>Outlet&apos;s stance</source>
        <translation>موقف المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/outlet_grid.py" line="48"/>
        <source>The schema has no stance targets.</source>
        <translation>لا يحتوي المخطط على أهداف مواقف.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="131"/>
        <source>Annotators compared</source>
        <translation>الموسِّمون المقارَنون</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="141"/>
        <source>Show:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="143"/>
        <source>Open units only</source>
        <translation>الوحدات المعلّقة فقط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="144"/>
        <source>All disagreements</source>
        <translation>كل الخلافات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="145"/>
        <source>Everything (with agreed units)</source>
        <translation>الكل (مع الوحدات المتفق عليها)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="170"/>
        <source>Merge agreed units into gold</source>
        <translation>دمج الوحدات المتفق عليها في المعيار الذهبي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="173"/>
        <source>Min. annotators agreeing:</source>
        <translation>أدنى عدد من الموسِّمين المتفقين:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="176"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="177"/>
        <source>0 = all the annotators who worked on the document</source>
        <translation>0 = كل الموسِّمين الذين عملوا على المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="180"/>
        <source>Merge agreed units</source>
        <translation>دمج الوحدات المتفق عليها</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_queue.py" line="230"/>
        <source>%1 of %2 decided</source>
        <translation>حُسمت %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReviewVersions</name>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="61"/>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="62"/>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="63"/>
        <source>stance</source>
        <translation>موقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="70"/>
        <source>unanimous</source>
        <translation>بالإجماع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="71"/>
        <source>majority</source>
        <translation>بالأغلبية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="72"/>
        <source>adjudicated</source>
        <translation>بالتحكيم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="73"/>
        <source>edited</source>
        <translation>بالتعديل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="74"/>
        <source>rejected</source>
        <translation>بالرفض</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="82"/>
        <source>%1 (automatic merge)</source>
        <translation>%1 (دمج تلقائي)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="86"/>
        <source>%1 (by %2)</source>
        <translation>حسمها %2 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="135"/>
        <source>the outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="155"/>
        <source>story: %1</source>
        <translation>القصة: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="162"/>
        <source>scope: %1</source>
        <translation>النطاق: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="168"/>
        <source>evidence: %1</source>
        <translation>الدليل: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="174"/>
        <source>intensity: %1</source>
        <translation>الشدة: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="185"/>
        <source>linked as %1</source>
        <translation>مرتبط بالمعرّف %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="317"/>
        <source>This unit is no longer in the queue (check the filter).</source>
        <translation>لم تعد هذه الوحدة في القائمة (تحقّق من التصفية).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="333"/>
        <source>No unit is chosen.</source>
        <translation>لم تُختر أي وحدة.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="336"/>
        <location filename="../../annotator/ui/review_window.py" line="108"/>
        <source>The project is open read-only: decisions are off.</source>
        <translation>المشروع مفتوح للقراءة فقط: اتخاذ القرارات معطَّل.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="356"/>
        <source>Every unit in the queue is decided.</source>
        <translation>حُسمت كل الوحدات في القائمة.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="378"/>
        <source>Gold: %1 (%2)</source>
        <translation>المعيار الذهبي: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="373"/>
        <source>Nothing of this %1 goes into gold (%2)</source>
        <translation>لا يدخل شيء من هذه الوحدة المعيار الذهبي (%1؛ %2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="401"/>
        <source>Agreed units merged into gold: %1.</source>
        <translation>الوحدات المتفق عليها المدموجة في المعيار الذهبي: %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="426"/>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="428"/>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="440"/>
        <source>Done: %1</source>
        <translation>تم: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="452"/>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="454"/>
        <location filename="../../annotator/ui/review_window.py" line="197"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="458"/>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_edit.py" line="460"/>
        <location filename="../../annotator/ui/review_window.py" line="198"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="95"/>
        <source>Review — %1 (%2)</source>
        <translation>المراجعة — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="116"/>
        <source>gold</source>
        <translation>المعيار الذهبي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="163"/>
        <source>&amp;Review</source>
        <translation>ال&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="168"/>
        <source>Accept the version of annotator %1</source>
        <translation>قبول توسيم الموسِّم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="178"/>
        <source>Accept the &amp;majority</source>
        <translation>قبول توسيم الأ&amp;غلبية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="180"/>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;تحرير وقبول…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="182"/>
        <source>&amp;Reject all</source>
        <translation>&amp;رفض الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="185"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="186"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="187"/>
        <source>&amp;Next unit</source>
        <translation>الوحدة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="189"/>
        <source>&amp;Previous unit</source>
        <translation>الوحدة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="191"/>
        <source>&amp;First unit</source>
        <translation>الوحدة الأ&amp;ولى</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="193"/>
        <source>&amp;Last unit</source>
        <translation>الوحدة الأ&amp;خيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="195"/>
        <source>Next &amp;open unit</source>
        <translation>الوحدة ال&amp;معلّقة التالية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="196"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="201"/>
        <source>Majority (M)</source>
        <translation>الأغلبية (M)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="202"/>
        <source>Edit… (E)</source>
        <translation>تحرير… (E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="203"/>
        <source>Reject all (R)</source>
        <translation>رفض الكل (R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="204"/>
        <source>Previous (K)</source>
        <translation>السابقة (K)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="205"/>
        <source>Next (J)</source>
        <translation>التالية (J)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="233"/>
        <source>Choose at least two annotators to compare.</source>
        <translation>اختر موسِّمَين على الأقل للمقارنة.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="277"/>
        <source>Document %1</source>
        <translation>المستند %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="286"/>
        <source>agreed, not in gold yet</source>
        <translation>متفق عليها، لم تدخل المعيار الذهبي بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="288"/>
        <source>open</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="319"/>
        <source>Nothing to review here: no units match the filter.</source>
        <translation>لا شيء للمراجعة هنا: لا توجد وحدات تطابق التصفية.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="335"/>
        <source>the unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="341"/>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 من %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="349"/>
        <source>In the text: each annotator&apos;s version is underlined in their colour (dashed: its arguments, holder or target), the unit is dotted, gold is filled.</source>
        <translation>في النص: يُسطَّر توسيم كل موسِّم بلونه (بخط متقطّع: وسائطه أو صاحب الموقف أو الهدف)، وتُحاط الوحدة بخط منقَّط، ويُظلَّل المعيار الذهبي.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="380"/>
        <source>Accept %1&apos;s version</source>
        <translation>قبول توسيم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_window.py" line="428"/>
        <source>The project file has a problem</source>
        <translation>توجد مشكلة في ملف المشروع</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="69"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="80"/>
        <source>Polarities</source>
        <translation>اتجاهات المواقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="81"/>
        <location filename="../../annotator/ui/schema_editor.py" line="152"/>
        <location filename="../../annotator/ui/schema_editor.py" line="165"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="83"/>
        <source>Stance targets</source>
        <translation>أهداف المواقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="85"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="86"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="87"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="88"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="89"/>
        <source>Replace the schema with one from a YAML file</source>
        <translation>استبدال المخطط بمخطط من ملف YAML</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="90"/>
        <source>Save the stored schema as a YAML file</source>
        <translation>حفظ المخطط المخزَّن في ملف YAML</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="91"/>
        <source>Close; edits not applied are discarded</source>
        <translation>إغلاق؛ تُهمَل التعديلات غير المطبَّقة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="115"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="116"/>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="117"/>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="120"/>
        <location filename="../../annotator/ui/schema_editor.py" line="534"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="121"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="132"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="133"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="155"/>
        <source>Merge label into…</source>
        <translation>دمج الوسم في…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="157"/>
        <source>Relabel every entity of the selected label and remove the label, in one step</source>
        <translation>إعادة توسيم كل كيانات الوسم المحدد وإزالة الوسم، في خطوة واحدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="160"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="172"/>
        <source>Accepts</source>
        <translation>يقبل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="175"/>
        <source>The entity labels and event types that may fill the role: keys, separated by commas</source>
        <translation>وسوم الكيانات وأنواع الأحداث التي يمكنها شغل الدور: مفاتيحها، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="178"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="179"/>
        <source>Repeatable</source>
        <translation>قابل للتكرار</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="184"/>
        <location filename="../../annotator/ui/schema_editor.py" line="273"/>
        <source>Roles of the selected event type</source>
        <translation>أدوار نوع الحدث المحدد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="186"/>
        <source>Its attributes</source>
        <translation>سماته</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="197"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="204"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="206"/>
        <source>The attribute&apos;s values: keys, separated by commas</source>
        <translation>قيم السمة: مفاتيحها، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="208"/>
        <source>Default</source>
        <translation>القيمة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="216"/>
        <source>Entity attributes</source>
        <translation>سمات الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="217"/>
        <source>Event attributes</source>
        <translation>سمات الأحداث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="222"/>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="272"/>
        <source>Roles of %1</source>
        <translation>أدوار %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="317"/>
        <source>Select an event type first.</source>
        <translation>حدّد نوع حدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="355"/>
        <source>Fill in the key and both names, then Apply.</source>
        <translation>املأ المفتاح والاسمين، ثم اضغط «تطبيق».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="365"/>
        <source>The label %1 is used by %n entities; it cannot be deleted.</source>
        <translation>
            <numerusform>الوسم %1 لا يستخدمه أي كيان؛ لا يمكن حذفه.</numerusform>
            <numerusform>الوسم %1 يستخدمه كيان واحد؛ لا يمكن حذفه.</numerusform>
            <numerusform>الوسم %1 يستخدمه كيانان؛ لا يمكن حذفه.</numerusform>
            <numerusform>الوسم %1 يستخدمه %n كيانات؛ لا يمكن حذفه.</numerusform>
            <numerusform>الوسم %1 يستخدمه %n كيانًا؛ لا يمكن حذفه.</numerusform>
            <numerusform>الوسم %1 يستخدمه %n كيان؛ لا يمكن حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="368"/>
        <source>The event type %1 is used by %n events; it cannot be deleted.</source>
        <translation>
            <numerusform>نوع الحدث %1 لا يستخدمه أي حدث؛ لا يمكن حذفه.</numerusform>
            <numerusform>نوع الحدث %1 يستخدمه حدث واحد؛ لا يمكن حذفه.</numerusform>
            <numerusform>نوع الحدث %1 يستخدمه حدثان؛ لا يمكن حذفه.</numerusform>
            <numerusform>نوع الحدث %1 يستخدمه %n أحداث؛ لا يمكن حذفه.</numerusform>
            <numerusform>نوع الحدث %1 يستخدمه %n حدثًا؛ لا يمكن حذفه.</numerusform>
            <numerusform>نوع الحدث %1 يستخدمه %n حدث؛ لا يمكن حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="372"/>
        <source>The role %1 is used by %n arguments; it cannot be deleted.</source>
        <translation>
            <numerusform>الدور %1 لا يستخدمه أي وسيط؛ لا يمكن حذفه.</numerusform>
            <numerusform>الدور %1 يستخدمه وسيط واحد؛ لا يمكن حذفه.</numerusform>
            <numerusform>الدور %1 يستخدمه وسيطان؛ لا يمكن حذفه.</numerusform>
            <numerusform>الدور %1 يستخدمه %n وسائط؛ لا يمكن حذفه.</numerusform>
            <numerusform>الدور %1 يستخدمه %n وسيطًا؛ لا يمكن حذفه.</numerusform>
            <numerusform>الدور %1 يستخدمه %n وسيط؛ لا يمكن حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="375"/>
        <source>The polarity %1 is used by %n stances; it cannot be deleted.</source>
        <translation>
            <numerusform>الاتجاه %1 لا يستخدمه أي موقف؛ لا يمكن حذفه.</numerusform>
            <numerusform>الاتجاه %1 يستخدمه موقف واحد؛ لا يمكن حذفه.</numerusform>
            <numerusform>الاتجاه %1 يستخدمه موقفان؛ لا يمكن حذفه.</numerusform>
            <numerusform>الاتجاه %1 يستخدمه %n مواقف؛ لا يمكن حذفه.</numerusform>
            <numerusform>الاتجاه %1 يستخدمه %n موقفًا؛ لا يمكن حذفه.</numerusform>
            <numerusform>الاتجاه %1 يستخدمه %n موقف؛ لا يمكن حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="378"/>
        <source>The stance target %1 is used by %n stances; it cannot be deleted.</source>
        <translation>
            <numerusform>هدف الموقف %1 لا يستخدمه أي موقف؛ لا يمكن حذفه.</numerusform>
            <numerusform>هدف الموقف %1 يستخدمه موقف واحد؛ لا يمكن حذفه.</numerusform>
            <numerusform>هدف الموقف %1 يستخدمه موقفان؛ لا يمكن حذفه.</numerusform>
            <numerusform>هدف الموقف %1 يستخدمه %n مواقف؛ لا يمكن حذفه.</numerusform>
            <numerusform>هدف الموقف %1 يستخدمه %n موقفًا؛ لا يمكن حذفه.</numerusform>
            <numerusform>هدف الموقف %1 يستخدمه %n موقف؛ لا يمكن حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="381"/>
        <source>The attribute %1 is set on %n entities; it cannot be deleted.</source>
        <translation>
            <numerusform>السمة %1 غير مُسنَدة إلى أي كيان؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى كيان واحد؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى كيانين؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n كيانات؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n كيانًا؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n كيان؛ لا يمكن حذفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="384"/>
        <source>The attribute %1 is set on %n events; it cannot be deleted.</source>
        <translation>
            <numerusform>السمة %1 غير مُسنَدة إلى أي حدث؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى حدث واحد؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى حدثين؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n أحداث؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n حدثًا؛ لا يمكن حذفها.</numerusform>
            <numerusform>السمة %1 مُسنَدة إلى %n حدث؛ لا يمكن حذفها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="391"/>
        <source>Select a row to delete first.</source>
        <translation>حدّد صفًا لحذفه أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="417"/>
        <source>Deleted; Apply to save.</source>
        <translation>حُذف؛ اضغط «تطبيق» للحفظ.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="423"/>
        <source>Apply or discard your edits first to merge it instead.</source>
        <translation>طبّق تعديلاتك أو تجاهلها أولًا لتتمكن من دمجه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="427"/>
        <source>Merge it into another label instead? Its entities get that label.</source>
        <translation>هل تريد دمجه في وسم آخر بدلًا من ذلك؟ ستحمل كياناته ذلك الوسم.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="445"/>
        <source>Select a saved label to merge first.</source>
        <translation>حدّد وسمًا محفوظًا لدمجه أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="449"/>
        <source>Give every entity labelled %1, in every annotator&apos;s layer, this label and remove %1:</source>
        <translation>امنح كل كيان موسوم بالوسم %1، في طبقات جميع الموسِّمين، هذا الوسم، ثم أزِل %1:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="458"/>
        <source>Apply or discard your other edits first, then merge.</source>
        <translation>طبّق تعديلاتك الأخرى أو تجاهلها أولًا، ثم ادمج.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/schema_editor.py" line="464"/>
        <source>Merged %1 into %2: %n entities relabelled.</source>
        <translation>
            <numerusform>دُمج %1 في %2: لم يُعَد توسيم أي كيان.</numerusform>
            <numerusform>دُمج %1 في %2: أُعيد توسيم كيان واحد.</numerusform>
            <numerusform>دُمج %1 في %2: أُعيد توسيم كيانين.</numerusform>
            <numerusform>دُمج %1 في %2: أُعيد توسيم %n كيانات.</numerusform>
            <numerusform>دُمج %1 في %2: أُعيد توسيم %n كيانًا.</numerusform>
            <numerusform>دُمج %1 في %2: أُعيد توسيم %n كيان.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="471"/>
        <source>The edited schema</source>
        <translation>المخطط المعدَّل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="476"/>
        <source>Nothing to apply: the schema is unchanged.</source>
        <translation>لا شيء لتطبيقه: لم يتغير المخطط.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="481"/>
        <source>Not applied: annotations still use what it removes:</source>
        <translation>لم يُطبَّق: لا تزال التوسيمات تستخدم ما يزيله:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="487"/>
        <source>The schema was saved.</source>
        <translation>حُفظ المخطط.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="506"/>
        <source>The change was not applied.</source>
        <translation>لم يُطبَّق التغيير.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="515"/>
        <source>Imported the schema from %1.</source>
        <translation>استُورد المخطط من %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="526"/>
        <source>Exported the schema to %1.</source>
        <translation>صُدِّر المخطط إلى %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="528"/>
        <source>Edits not applied yet are not in the file.</source>
        <translation>التعديلات التي لم تُطبَّق بعد ليست في الملف.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="539"/>
        <source>Merge %1 into another label</source>
        <translation>دمج %1 في وسم آخر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="545"/>
        <source>Import a schema</source>
        <translation>استيراد مخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="545"/>
        <location filename="../../annotator/ui/schema_editor.py" line="551"/>
        <source>Schema files (*.yaml *.yml)</source>
        <translation>ملفات المخططات (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/schema_editor.py" line="551"/>
        <source>Export the schema</source>
        <translation>تصدير المخطط</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="61"/>
        <source>Search (ignores harakat and hamza forms; finds تركيا in لتركيا)</source>
        <translation>بحث (يتجاهل الحركات وصور الهمزة؛ يجد تركيا في لتركيا)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="64"/>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="65"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/search_panel.py" line="70"/>
        <source>Annotate all matches…</source>
        <translation>توسيم كل التطابقات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/search_panel.py" line="134"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا تطابقات</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="14"/>
        <source>Next / previous word (Left goes forward in right-to-left text)</source>
        <translation>الكلمة التالية / السابقة (في النص المكتوب من اليمين إلى اليسار يتقدّم السهم الأيسر إلى الأمام)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="18"/>
        <source>Extend the selection by a word</source>
        <translation>توسيع التحديد بمقدار كلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="19"/>
        <source>Word on the line above / below</source>
        <translation>الكلمة في السطر الأعلى / الأسفل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="21"/>
        <source>Drag</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="22"/>
        <source>Select; snaps to words and takes proclitics (و ف ب ل ك) off the start</source>
        <translation>تحديد؛ يُضبط على حدود الكلمات ويستبعد السوابق (و ف ب ل ك) من بدايته</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="27"/>
        <source>Alt+Drag</source>
        <translation>Alt+سحب</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="28"/>
        <source>Select raw characters, no snapping</source>
        <translation>تحديد الأحرف كما هي، دون ضبط على حدود الكلمات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="32"/>
        <source>Take the next proclitic off the selection (و ف ب ل ك ال), or put them back</source>
        <translation>استبعاد السابقة التالية من التحديد (و ف ب ل ك ال)، أو إعادة السوابق كلها إليه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="37"/>
        <source>letters</source>
        <translation>أحرف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="38"/>
        <source>Apply the label with that key (or relabel the selected entity)</source>
        <translation>تطبيق الوسم المخصص لهذا المفتاح (أو تغيير وسم الكيان المحدد)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="42"/>
        <source>Next / previous entity</source>
        <translation>الكيان التالي / السابق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="45"/>
        <source>Next / previous sentence without entities</source>
        <translation>الجملة التالية / السابقة الخالية من الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="49"/>
        <source>Grow / shrink the selected entity at its end (left edge) by a word</source>
        <translation>توسيع / تقليص الكيان المحدد من نهايته (الطرف الأيسر) بمقدار كلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="55"/>
        <source>Grow / shrink the selected entity at its start (right edge) by a word</source>
        <translation>توسيع / تقليص الكيان المحدد من بدايته (الطرف الأيمن) بمقدار كلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="59"/>
        <source>The same by one character (end)</source>
        <translation>الأمر نفسه بمقدار حرف واحد (النهاية)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="62"/>
        <source>The same by one character (start)</source>
        <translation>الأمر نفسه بمقدار حرف واحد (البداية)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="64"/>
        <source>Delete the selected entity</source>
        <translation>حذف الكيان المحدد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="67"/>
        <source>Entities / Events / Stances mode</source>
        <translation>وضع الكيانات / الأحداث / المواقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="70"/>
        <source>Events mode: letters</source>
        <translation>وضع الأحداث: أحرف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="71"/>
        <source>Make the selection a trigger of the event type with that key (a, d, b…)</source>
        <translation>جعل التحديد مُطلِقًا لنوع الحدث المخصص لهذا المفتاح (a, d, b…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="76"/>
        <source>Events mode: Enter or click on an entity</source>
        <translation>وضع الأحداث: Enter أو النقر على كيان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="77"/>
        <source>Choose the role it fills in the current event</source>
        <translation>اختيار الدور الذي يشغله في الحدث الحالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="80"/>
        <source>Events mode: digit on a new selection</source>
        <translation>وضع الأحداث: رقم على تحديد جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="81"/>
        <source>Create the entity and choose its role at once</source>
        <translation>إنشاء الكيان واختيار دوره دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="83"/>
        <source>Next / previous event or stance</source>
        <translation>الحدث أو الموقف التالي / السابق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="85"/>
        <source>Events mode: Delete</source>
        <translation>وضع الأحداث: Delete</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="86"/>
        <source>Delete the current event (or the chosen argument)</source>
        <translation>حذف الحدث الحالي (أو الوسيط المختار)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="89"/>
        <source>Stances mode: E</source>
        <translation>وضع المواقف: E</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="90"/>
        <source>Add the selection as evidence of the current stance</source>
        <translation>إضافة التحديد دليلًا على الموقف الحالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="93"/>
        <source>Stances mode: f, a, n, u</source>
        <translation>وضع المواقف: f, a, n, u</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="94"/>
        <source>Set the current stance&apos;s polarity</source>
        <translation>تعيين اتجاه الموقف الحالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="98"/>
        <source>Next / previous suggestion (Suggestions from: in Entities)</source>
        <translation>الاقتراح التالي / السابق (الاقتراحات من: في تبويب الكيانات)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="103"/>
        <source>Enter / Delete on a suggestion</source>
        <translation>Enter / Delete على اقتراح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="104"/>
        <source>Accept / reject it, then go to the next one</source>
        <translation>قبوله / رفضه ثم الانتقال إلى الاقتراح التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="106"/>
        <source>Link the selected entity across documents</source>
        <translation>ربط الكيان المحدد عبر المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="107"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="110"/>
        <source>Undo / redo (survives closing the project)</source>
        <translation>تراجع / إعادة (يبقى متاحًا بعد إغلاق المشروع)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="112"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="113"/>
        <source>Mark the document done / reopen it</source>
        <translation>وضع علامة «مكتمل» على المستند / إعادة فتحه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="114"/>
        <source>Next document not done</source>
        <translation>المستند التالي غير المكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="115"/>
        <source>Zoom in / out</source>
        <translation>تكبير / تصغير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="116"/>
        <source>Agreement between annotators</source>
        <translation>الاتفاق بين الموسِّمين</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="117"/>
        <source>Review and adjudicate into gold</source>
        <translation>المراجعة والتحكيم لبناء المعيار الذهبي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="119"/>
        <source>Review: 1–9 / M / E / R</source>
        <translation>المراجعة: ‎1–9 / M / E / R</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="120"/>
        <source>Accept that annotator&apos;s version / the majority / edit and accept / reject all</source>
        <translation>قبول توسيم ذلك الموسِّم / الأغلبية / تحرير وقبول / رفض الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="125"/>
        <source>Review: J / K, O</source>
        <translation>المراجعة: J / K, O</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="126"/>
        <source>Next / previous unit in the queue, next open unit</source>
        <translation>الوحدة التالية / السابقة في القائمة، الوحدة المعلّقة التالية</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="128"/>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="61"/>
        <source>Edit stance</source>
        <translation>تحرير الموقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="61"/>
        <source>New stance</source>
        <translation>موقف جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="64"/>
        <source>Author/outlet</source>
        <translation>الكاتب/المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="88"/>
        <source>Whole document</source>
        <translation>المستند كاملًا</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="91"/>
        <source>The span “%1”</source>
        <translation>المقطع «%1»</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="95"/>
        <source>The selection “%1”</source>
        <translation>التحديد «%1»</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="98"/>
        <source>Add the selection as evidence</source>
        <translation>إضافة التحديد دليلًا</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="117"/>
        <source>&amp;Holder:</source>
        <translation>&amp;صاحب الموقف:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="118"/>
        <source>&amp;Target:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="119"/>
        <source>&amp;Polarity:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="120"/>
        <source>&amp;Scope:</source>
        <translation>ال&amp;نطاق:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="122"/>
        <source>&amp;Intensity:</source>
        <translation>ال&amp;شدة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="123"/>
        <source>&amp;Confidence:</source>
        <translation>ال&amp;ثقة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="124"/>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_dialog.py" line="134"/>
        <source>The schema has no stance targets and the document no entities to take a stance on.</source>
        <translation>لا يحتوي المخطط على أهداف مواقف، ولا يحتوي المستند على كيانات يمكن اتخاذ موقف منها.</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="157"/>
        <source>Holder</source>
        <translation>صاحب الموقف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="158"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="159"/>
        <source>Polarity</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="160"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="161"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="162"/>
        <source>Intensity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="163"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="166"/>
        <source>New stance…</source>
        <translation>موقف جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="167"/>
        <source>A new stance (Insert or Ctrl+Shift+N)</source>
        <translation>موقف جديد (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="168"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="169"/>
        <source>Edit the current stance (Enter or F2 in the list)</source>
        <translation>تحرير الموقف الحالي (Enter أو F2 في القائمة)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="170"/>
        <source>Add evidence from selection</source>
        <translation>إضافة دليل من التحديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="172"/>
        <source>Add the text selection as evidence of the current stance (E)</source>
        <translation>إضافة النص المحدد دليلًا على الموقف الحالي (E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="174"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="175"/>
        <source>Delete the current stance or evidence (Delete)</source>
        <translation>حذف الموقف أو الدليل الحالي (Delete)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="293"/>
        <source>Author/outlet</source>
        <translation>الكاتب/المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="303"/>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="460"/>
        <location filename="../../annotator/ui/stance_panel.py" line="537"/>
        <source>Open a document first.</source>
        <translation>افتح مستندًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="479"/>
        <location filename="../../annotator/ui/stance_panel.py" line="559"/>
        <source>Select a stance first.</source>
        <translation>حدّد موقفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="541"/>
        <source>Select a stance in the list first, then add evidence to it.</source>
        <translation>حدّد موقفًا في القائمة أولًا، ثم أضف إليه دليلًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="545"/>
        <source>Select the evidence in the text first.</source>
        <translation>حدّد الدليل في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stance_panel.py" line="553"/>
        <source>Evidence added.</source>
        <translation>أُضيف الدليل.</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="501"/>
        <source>Story view</source>
        <translation>عرض القصة</translation>
    </message>
</context>
<context>
    <name>StoryTableModel</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="231"/>
        <source>Outlets disagree: %1</source>
        <translation>تختلف المصادر: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="261"/>
        <source>Outlets disagree in this column</source>
        <translation>تختلف المصادر في هذا العمود</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="271"/>
        <source>Stance: %1</source>
        <translation>الموقف: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="273"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="274"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="275"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="276"/>
        <source>Trigger</source>
        <translation>المُطلِق</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="305"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="323"/>
        <source>No stories yet. A story links reports of the same event across documents: in the Events tab, select an event and choose Link to story…</source>
        <translation>لا توجد قصص بعد. تربط القصة التقارير عن الحدث نفسه عبر المستندات: في تبويب الأحداث، حدّد حدثًا واختر ربط بقصة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="341"/>
        <source>Story:</source>
        <translation>القصة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/story_view.py" line="400"/>
        <location filename="../../annotator/ui/story_view.py" line="458"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/story_view.py" line="456"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="462"/>
        <source>conflicts: %1</source>
        <translation>تعارضات: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="462"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="465"/>
        <source>no conflicts</source>
        <translation>لا تعارضات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="471"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV لجداول البيانات (*.csv)</translation>
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
        <translation>تصدير القصة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/story_view.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="51"/>
        <source>Accept (Enter)</source>
        <translation>قبول (Enter)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="52"/>
        <source>Reject (Del)</source>
        <translation>رفض (Del)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="53"/>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="60"/>
        <source>Suggestions from:</source>
        <translation>الاقتراحات من:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="114"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="191"/>
        <source>Suggestion: %1</source>
        <translation>اقتراح: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="234"/>
        <source>Choose where suggestions come from first (Suggestions from:).</source>
        <translation>اختر مصدر الاقتراحات أولًا (الاقتراحات من:).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="236"/>
        <location filename="../../annotator/ui/suggestions.py" line="321"/>
        <source>No suggestions left in this document.</source>
        <translation>لم تبقَ اقتراحات في هذا المستند.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="299"/>
        <source>Select a suggestion first (F7).</source>
        <translation>حدّد اقتراحًا أولًا (F7).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/suggestions.py" line="332"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>لا اقتراحات</numerusform>
            <numerusform>اقتراح واحد</numerusform>
            <numerusform>اقتراحان</numerusform>
            <numerusform>%n اقتراحات</numerusform>
            <numerusform>%n اقتراحًا</numerusform>
            <numerusform>%n اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="340"/>
        <source>Suggestion: %1 «%2»</source>
        <translation>اقتراح: %1 «%2»</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions.py" line="343"/>
        <source>F7: next suggestion</source>
        <translation>F7: الاقتراح التالي</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="353"/>
        <source>Nothing to review: the queue is empty.</source>
        <translation>لا شيء للمراجعة: القائمة فارغة.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="387"/>
        <source>key %1</source>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="388"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="390"/>
        <source>unanimous</source>
        <translation>إجماع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="392"/>
        <source>majority (%1)</source>
        <translation>أغلبية (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="394"/>
        <source>minority (%1)</source>
        <translation>أقلية (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="396"/>
        <source>no majority (%1)</source>
        <translation>لا أغلبية (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="399"/>
        <source>same as %1</source>
        <translation>مطابق لتوسيم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="402"/>
        <source>(nothing marked)</source>
        <translation>(لم يُوسَم شيء)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="403"/>
        <source>Accept (%1)</source>
        <translation>قبول (%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="403"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="413"/>
        <source>Gold now</source>
        <translation>المعيار الذهبي حاليًا</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="416"/>
        <source>open: not decided yet</source>
        <translation>معلّقة: لم تُحسم بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="419"/>
        <source>decided: %1</source>
        <translation>محسومة: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review_versions.py" line="427"/>
        <source>(nothing in gold)</source>
        <translation>(لا شيء في المعيار الذهبي)</translation>
    </message>
</context>
<context>
    <name>_CheckList</name>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="70"/>
        <source>Check all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/link_dialogs.py" line="71"/>
        <source>Check none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
</context>
<context>
    <name>_TeamsDialog</name>
    <message>
        <location filename="../../annotator/ui/teams_dialogs.py" line="49"/>
        <source>The report appears here.</source>
        <translation>يظهر التقرير هنا.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="81"/>
        <source>Who is annotating?</source>
        <translation>من يقوم بالتوسيم؟</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="82"/>
        <source>Your name (your annotations form your own layer in this project):</source>
        <translation>اسمك (تشكّل توسيماتك طبقتك الخاصة في هذا المشروع):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="103"/>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="104"/>
        <source>Open it read-only to look at it?</source>
        <translation>هل تريد فتحه للقراءة فقط للاطلاع عليه؟</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="111"/>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
</context>
</TS>

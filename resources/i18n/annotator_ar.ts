<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <location filename="../../annotator/ui/annotation_panel.py" line="46"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/annotation_panel.py" line="46"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="84"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="84"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="67"/>
        <source>annotator — %1 (%2)</source>
        <translation>annotator — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="90"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="91"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="140"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="141"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="142"/>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="145"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;استيراد مستندات…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="146"/>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="151"/>
        <location filename="../../annotator/ui/main_window.py" line="339"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="152"/>
        <location filename="../../annotator/ui/main_window.py" line="343"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="154"/>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="156"/>
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="157"/>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>Mark &amp;done</source>
        <translation>وضع علامة &amp;مكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="158"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="161"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="162"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="163"/>
        <source>Take proclitics off selections</source>
        <translation>استبعاد السوابق من التحديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="166"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="175"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="221"/>
        <source>Every document is done.</source>
        <translation>اكتملت جميع المستندات.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="263"/>
        <source>Select some text first.</source>
        <translation>حدّد نصًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="302"/>
        <source>annotate all as %1</source>
        <translation>توسيم الكل بالوسم %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="339"/>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="343"/>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="369"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="371"/>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="371"/>
        <source>NOT SAVED</source>
        <translation>لم تُحفظ التغييرات!</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="376"/>
        <source>%1 of %2 done</source>
        <translation>اكتمل %1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="382"/>
        <source>Reopen document</source>
        <translation>إعادة فتح المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="392"/>
        <source>word %1 of %2</source>
        <translation>الكلمة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="395"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="396"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="397"/>
        <source>done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="440"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="440"/>
        <source>Projects (*.annot);;All files (*)</source>
        <translation>المشاريع (*.annot);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="446"/>
        <location filename="../../annotator/ui/main_window.py" line="451"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="446"/>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <source>Projects (*.annot)</source>
        <translation>المشاريع (*.annot)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="465"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="465"/>
        <source>Text, JSONL, CSV (*.txt *.jsonl *.csv)</source>
        <translation>نصوص، JSONL، CSV (*.txt *.jsonl *.csv)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="472"/>
        <location filename="../../annotator/ui/main_window.py" line="476"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="481"/>
        <location filename="../../annotator/ui/main_window.py" line="486"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="490"/>
        <source>The project file has a problem</source>
        <translation>توجد مشكلة في ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="492"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
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
        <location filename="../../annotator/ui/shortcuts.py" line="65"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="68"/>
        <source>Undo / redo (survives closing the project)</source>
        <translation>تراجع / إعادة (يبقى متاحًا بعد إغلاق المشروع)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="70"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="71"/>
        <source>Mark the document done / reopen it</source>
        <translation>وضع علامة «مكتمل» على المستند / إعادة فتحه</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="72"/>
        <source>Next document not done</source>
        <translation>المستند التالي غير المكتمل</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="73"/>
        <source>Zoom in / out</source>
        <translation>تكبير / تصغير</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shortcuts.py" line="74"/>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="66"/>
        <source>Who is annotating?</source>
        <translation>من يقوم بالتوسيم؟</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="67"/>
        <source>Your name (your annotations form your own layer in this project):</source>
        <translation>اسمك (تشكّل توسيماتك طبقتك الخاصة في هذا المشروع):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="88"/>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="89"/>
        <source>Open it read-only to look at it?</source>
        <translation>هل تريد فتحه للقراءة فقط للاطلاع عليه؟</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="96"/>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
</context>
</TS>

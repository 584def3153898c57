<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<!-- Qt's own strings that its Hebrew translation (qtbase_he) leaves in English: loaded after it. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;חיפוש בתוך:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>קבצים מ&amp;סוג:</translation>
    </message>
</context>
</TS>

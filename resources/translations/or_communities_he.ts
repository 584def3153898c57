<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>לא ניתן לפתוח את סביבת העבודה</translation>
    </message>
    <message>
        <source>This workspace is on a network folder: if the connection drops during a change, the app recovers it on the next opening, and only one person can write in it at a time.</source>
        <translation>קובץ העבודה נמצא בתיקיית רשת: אם החיבור נקטע באמצע שינוי, התוכנה תשחזר אותו בפתיחה הבאה, ורק אדם אחד יכול לכתוב בו בכל פעם.</translation>
    </message>
    <message>
        <source>The workspace was recovered</source>
        <translation>קובץ העבודה שוחזר</translation>
    </message>
    <message>
        <source>The app closed last time in the middle of a change (a crash or a power cut). That change was undone; everything saved before it is here. A copy of the files as they were is in {0}.</source>
        <translation>בפעם הקודמת התוכנה נסגרה באמצע שינוי (קריסה או הפסקת חשמל). השינוי הזה בוטל; כל מה שנשמר לפניו נמצא כאן. עותק של הקבצים כפי שהיו נמצא ב־{0}.</translation>
    </message>
    <message>
        <source>The workspace {0} is damaged and cannot be opened. Its newest backup that opens is from {1} and holds {2} neighborhoods and {3} people. Put it in place of the damaged file? The damaged file is kept in the backups folder.</source>
        <translation>סביבת העבודה {0} פגומה ואי אפשר לפתוח אותה. הגיבוי החדש ביותר שנפתח הוא מ-{1}, ויש בו {2} שכונות ו-{3} אנשים. להציב אותו במקום הקובץ הפגום? הקובץ הפגום נשמר בתיקיית הגיבויים.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>סביבת העבודה פגומה</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>תוכנה אחרת</translation>
    </message>
    <message>
        <source>{0} is open for writing by {1}. You can open it to read only meanwhile. Take it over only if you are sure it is no longer in use there: two people writing in one workspace can undo each other&apos;s work.</source>
        <translation>{0} פתוח לכתיבה אצל {1}. בינתיים אפשר לפתוח אותו לקריאה בלבד. השתלטו עליו רק אם אתם בטוחים שאינו בשימוש שם: שני אנשים שכותבים באותה סביבת עבודה עלולים לבטל זה את עבודתו של זה.</translation>
    </message>
    <message>
        <source>Open to read only</source>
        <translation>פתיחה לקריאה בלבד</translation>
    </message>
    <message>
        <source>Take it over</source>
        <translation>השתלטות</translation>
    </message>
    <message>
        <source>The workspace is in use</source>
        <translation>קובץ העבודה בשימוש</translation>
    </message>
    <message>
        <source>{0} on the computer {1} since {2}</source>
        <translation>{0} במחשב {1} מאז {2}</translation>
    </message>
    <message>
        <source>No backup could be written beside the workspace: {0}</source>
        <translation>לא ניתן היה לכתוב גיבוי ליד קובץ העבודה: {0}</translation>
    </message>
    <message>
        <source>This month&apos;s figures could not be kept: {0}</source>
        <translation>לא ניתן היה לשמור את נתוני החודש: {0}</translation>
    </message>
    <message>
        <source>Undo the last import or merge</source>
        <translation>ביטול הייבוא או המיזוג האחרון</translation>
    </message>
    <message>
        <source>There is no import or merge to undo.</source>
        <translation>אין ייבוא או מיזוג לבטל.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <source>Go back to the workspace as it was on {0}? Everything done since then is undone; the current state is backed up first, so this too can be undone.</source>
        <translation>לחזור לקובץ העבודה כפי שהיה ב־{0}? כל מה שנעשה מאז יבוטל; המצב הנוכחי מגובה קודם, כך שגם את זה אפשר לבטל.</translation>
    </message>
    <message>
        <source>Replace the workspace with this backup? The current state is backed up first, so this can be undone.</source>
        <translation>להחליף את קובץ העבודה בגיבוי הזה? המצב הנוכחי מגובה קודם, כך שאפשר לבטל זאת.</translation>
    </message>
    <message>
        <source>The workspace was restored. Its state before is kept in {0}.</source>
        <translation>קובץ העבודה שוחזר. המצב שלפני נשמר ב־{0}.</translation>
    </message>
    <message>
        <source>Cannot create the city</source>
        <translation>לא ניתן ליצור את העיר</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Journey</source>
        <translation>המסע</translation>
    </message>
    <message>
        <source>Neighborhoods</source>
        <translation>שכונות</translation>
    </message>
    <message>
        <source>Neighborhood matrix</source>
        <translation>מטריצת שכונות</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>מפה</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>קואליציות</translation>
    </message>
    <message>
        <source>Neighborhood leadership</source>
        <translation>מנהיגות שכונתית</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>רכזי קהילה</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>תכניות עבודה</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>תקציב</translation>
    </message>
    <message>
        <source>Events and initiatives</source>
        <translation>אירועים ויוזמות</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>לוח מדדים</translation>
    </message>
</context>
<context>
    <name>AreaPlaceholder</name>
    <message>
        <source>This area is being built. Everything you record elsewhere is kept and will appear here.</source>
        <translation>האזור הזה בבנייה. כל מה שתרשמו במקומות אחרים נשמר ויופיע כאן.</translation>
    </message>
    <message>
        <source>The city&apos;s neighborhoods on a map that works without internet: boundaries imported from the municipality&apos;s GIS files, colored by stage; community centers, schools, shelters, gathering spaces and partners&apos; sites as layers; maps to send to colleagues and GeoPackages for the GIS department.</source>
        <translation>שכונות העיר על מפה שעובדת בלי אינטרנט: גבולות שמיובאים מקובצי ה-GIS של העירייה, צבועים לפי שלב; מתנ&quot;סים, בתי ספר, מקלטים, מרחבי התכנסות ואתרי שותפים כשכבות; מפות לשליחה לעמיתים וקובצי GeoPackage למחלקת ה-GIS.</translation>
    </message>
    <message>
        <source>The partner map of the guide: partners inside the system and in the city and beyond, what each can contribute, a power/interest grid, the city partners table and coalitions, last contact and follow-ups, with partners not contacted for too long flagged.</source>
        <translation>מפת השותפים של המדריך: שותפים בתוך המערכת ובעיר ומחוצה לה, מה כל אחד יכול לתרום, מטריצת השפעה/עניין, שולחן השותפים העירוני והקואליציות, קשר אחרון ומעקב – ושותפים שלא היה איתם קשר זמן רב מסומנים.</translation>
    </message>
    <message>
        <source>Activists, volunteers, neighborhood leaders, building coordinators, community coordinators and municipal officials: roles, skills, trainings, committees and last activity, with inactive activists flagged. Lists you already keep in Excel can be brought in.</source>
        <translation>פעילים, מתנדבים, מובילי שכונות, רכזי בניינים, רכזי קהילה ובעלי תפקידים ברשות: תפקידים, כישורים, הכשרות, ועדות ופעילות אחרונה – ופעילים שאינם פעילים מסומנים. אפשר לייבא רשימות שכבר קיימות באקסל.</translation>
    </message>
    <message>
        <source>For each community coordinator: strengths, challenges, and the mentoring sessions with what was agreed and by when.</source>
        <translation>לכל רכז/ת קהילה: חוזקות, אתגרים ומפגשי ליווי – מה סוכם ועד מתי.</translation>
    </message>
    <message>
        <source>The city work plan, a work plan for each neighborhood and the annual city plan with the municipality&apos;s departments: goals, activities, owners, partners, dates, budget and success metrics, on one synchronized timeline, exported to Excel.</source>
        <translation>תכנית העבודה העירונית, תכנית עבודה לכל שכונה ותכנית העבודה השנתית עם אגפי הרשות: מטרות, פעולות, אחראים, שותפים, תאריכים, תקציב ומדדי הצלחה – על ציר זמן מסונכרן אחד, עם ייצוא לאקסל.</translation>
    </message>
    <message>
        <source>The annual budget: income by source and expenses by neighborhood, activity and category, planned against actual; the pipeline of budget sources and the projects to raise resources for.</source>
        <translation>התקציב השנתי: הכנסות לפי מקור והוצאות לפי שכונה, פעולה וקטגוריה, מתוכנן מול בפועל; צנרת מקורות התקציב והפרויקטים שרוצים לגייס להם משאבים.</translation>
    </message>
    <message>
        <source>The city events calendar and each neighborhood&apos;s initiatives, conference, committees, activist groups, gathering space and communication channels.</source>
        <translation>לוח האירועים העירוני, והיוזמות, כנס השכונה, הוועדות, קבוצות הפעילים, מרחב ההתכנסות וערוצי התקשורת של כל שכונה.</translation>
    </message>
    <message>
        <source>Success metrics for each neighborhood and for the city, with charts: stage, tasks done, active leaders, recent events and budget used against planned.</source>
        <translation>מדדי הצלחה לכל שכונה ולעיר, עם תרשימים: שלב, משימות שהושלמו, מובילים פעילים, אירועים אחרונים וניצול התקציב מול התכנון.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Asset</source>
        <translation>נכס</translation>
    </message>
    <message>
        <source>Asset: {0}</source>
        <translation>נכס: {0}</translation>
    </message>
    <message>
        <source>(by its place on the map)</source>
        <translation>(לפי מקומו במפה)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>קו רוחב:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>קו אורך:</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Asset</source>
        <translation>נכס</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
</context>
<context>
    <name>AssetsPanel</name>
    <message>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>הצגה במפה</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>לא שונה דבר</translation>
    </message>
    <message>
        <source>Remove an asset</source>
        <translation>הסרת נכס</translation>
    </message>
    <message>
        <source>Remove {0} from the mapping file?</source>
        <translation>להסיר את {0} מתיק המיפוי?</translation>
    </message>
</context>
<context>
    <name>AttentionBox</name>
    <message>
        <source>Needs attention</source>
        <translation>דורש תשומת לב</translation>
    </message>
    <message>
        <source>Partners to contact: {0}</source>
        <translation>שותפים ליצירת קשר: {0}</translation>
    </message>
    <message>
        <source>Inactive activists: {0}</source>
        <translation>פעילים ללא פעילות: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Neighborhoods</source>
        <translation>שכונות</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <source>Kept in the folder {0}, beside the workspace.</source>
        <translation>נשמרים בתיקייה {0}, ליד קובץ העבודה.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>גיבוי עכשיו</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>שחזור הגיבוי הזה…</translation>
    </message>
</context>
<context>
    <name>BoundaryImportDialog</name>
    <message>
        <source>Import boundaries: {0}</source>
        <translation>ייבוא גבולות: {0}</translation>
    </message>
    <message>
        <source>Neighborhoods: add new ones, update those with the same name</source>
        <translation>שכונות: להוסיף חדשות ולעדכן את אלה שיש להן אותו שם</translation>
    </message>
    <message>
        <source>Neighborhoods: replace the division (remove those not in the file)</source>
        <translation>שכונות: להחליף את החלוקה (להסיר את אלה שאינן בקובץ)</translation>
    </message>
    <message>
        <source>The city&apos;s municipal boundary</source>
        <translation>גבול השיפוט של העיר</translation>
    </message>
    <message>
        <source>Census statistical areas, to group into neighborhoods</source>
        <translation>אזורים סטטיסטיים של הלמ&quot;ס, לקיבוץ לשכונות</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>שכבה:</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>מערכת קואורדינטות:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>לייבא בתור:</translation>
    </message>
    <message>
        <source>Names (or area codes) are in:</source>
        <translation>השמות (או קודי האזורים) בשדה:</translation>
    </message>
    <message>
        <source>Population is in:</source>
        <translation>האוכלוסייה בשדה:</translation>
    </message>
    <message>
        <source>Group areas by:</source>
        <translation>לקבץ אזורים לפי:</translation>
    </message>
    <message>
        <source>Values of the chosen field:</source>
        <translation>ערכי השדה שנבחר:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>קורא את {0}…</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>לא ניתן לקרוא את הקובץ</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}

Nothing was changed. Check that it is a shapefile (zipped or not), GeoJSON, GeoPackage or KML.</source>
        <translation>לא ניתן לקרוא את {0}: {1}

דבר לא שונה. בדקו שזה קובץ Shapefile (מכווץ או לא), GeoJSON,‏ GeoPackage או KML.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>The file does not say its coordinate system. It looks like {0} ({1}). Check the shapes on the map; choose another system if they are not where they belong.</source>
        <translation>הקובץ אינו מציין את מערכת הקואורדינטות שלו. נראה שזו {0} ({1}). בדקו את הצורות במפה, ובחרו מערכת אחרת אם אינן במקומן.</translation>
    </message>
    <message>
        <source>{0} features, coordinate system from the file.</source>
        <translation>{0} ישויות; מערכת הקואורדינטות לקוחה מהקובץ.</translation>
    </message>
    <message>
        <source>{0} features have no shape and are left out.</source>
        <translation>ל-{0} ישויות אין צורה, והן מושמטות.</translation>
    </message>
    <message>
        <source>{0} shapes will become the city&apos;s boundary.</source>
        <translation>{0} צורות יהפכו לגבול העיר.</translation>
    </message>
    <message>
        <source>{0} statistical areas, to be grouped into neighborhoods by choosing them on the map.</source>
        <translation>{0} אזורים סטטיסטיים, לקיבוץ לשכונות על ידי בחירתם במפה.</translation>
    </message>
    <message>
        <source>{0} statistical areas; each value of the grouping field becomes a neighborhood.</source>
        <translation>{0} אזורים סטטיסטיים; כל ערך של שדה הקיבוץ יהפוך לשכונה.</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} removed neighborhoods.</source>
        <translation>שכונות: {0} חדשות, {1} יעודכנו, {2} יוסרו.</translation>
    </message>
    <message>
        <source>{0} is now {1}</source>
        <translation>{0} היא עכשיו {1}</translation>
    </message>
    <message>
        <source>Renamed, the same place under a new name, keeping all they hold: {0}.</source>
        <translation>שונה שם — אותו מקום בשם חדש, וכל מה ששייך לשכונה נשאר: {0}.</translation>
    </message>
    <message>
        <source>{0} shapes have no name and are skipped.</source>
        <translation>{0} צורות ללא שם ולא ייובאו.</translation>
    </message>
    <message>
        <source>{0} points or lines are left out: they are not areas.</source>
        <translation>{0} נקודות או קווים לא ייובאו: הם אינם שטחים.</translation>
    </message>
    <message>
        <source>Shapes that share a name become one neighborhood: {0}.</source>
        <translation>צורות שיש להן אותו שם יהפכו לשכונה אחת: {0}.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>Replace the division</source>
        <translation>החלפת החלוקה</translation>
    </message>
    <message>
        <source>These neighborhoods are not in the file and will be removed, with their task states:
{0}

Continue?</source>
        <translation>השכונות האלה אינן בקובץ ויוסרו, יחד עם מצב המשימות שלהן:
{0}

להמשיך?</translation>
    </message>
</context>
<context>
    <name>BudgetPages</name>
    <message>
        <source>Add income…</source>
        <translation>הוספת הכנסה…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>צפוי</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>התקבל</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Income by source and status</source>
        <translation>הכנסות לפי מקור וסטטוס</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>הוספת הוצאה…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>כל הקטגוריות</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>By neighborhood</source>
        <translation>לפי שכונה</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>לפי קטגוריה</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>הוספת מקור…</translation>
    </message>
    <message>
        <source>New source, step by step…</source>
        <translation>מקור חדש, צעד אחר צעד…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>הוספת פרויקט…</translation>
    </message>
    <message>
        <source>Raised: committed by sources in the works toward the project. Still asked for: sources not yet settled.</source>
        <translation>גויס: מה שמקורות בתהליך התחייבו לתת לפרויקט. עוד מבוקש: מקורות שעדיין לא הוכרעו.</translation>
    </message>
    <message>
        <source>Book the plan&apos;s amount as a planned expense</source>
        <translation>רישום סכום התכנית כהוצאה מתוכננת</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Income</source>
        <translation>הכנסות</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>הוצאות</translation>
    </message>
    <message>
        <source>Sources in the works</source>
        <translation>מקורות בתהליך</translation>
    </message>
    <message>
        <source>Projects to raise for</source>
        <translation>פרויקטים לגיוס משאבים</translation>
    </message>
    <message>
        <source>Plans vs budget</source>
        <translation>תכניות מול תקציב</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Budget {0}</source>
        <translation>תקציב {0}</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>ייצוא לאקסל…</translation>
    </message>
    <message>
        <source>The year&apos;s income, expenses and summary in a workbook of their own</source>
        <translation>ההכנסות, ההוצאות והסיכום של השנה בחוברת משלהם</translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation>עדיין אין שורות תקציב</translation>
    </message>
    <message>
        <source>The year&apos;s budget: the income the community work is promised and receives, and what it plans to spend and spends, per neighborhood. The summary above, the workbook and the report add it up alike.</source>
        <translation>תקציב השנה: ההכנסות שהעבודה הקהילתית מובטחת ומקבלת, ומה שמתוכנן להוציא ומה שהוצא, לפי שכונה. הסיכום שלמעלה, קובץ האקסל והדוח מחשבים אותו באותו אופן.</translation>
    </message>
    <message>
        <source>Add income…</source>
        <translation>הוספת הכנסה…</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>הוספת הוצאה…</translation>
    </message>
    <message>
        <source>{0} in all, with income still expected</source>
        <translation>{0} בסך הכול, כולל הכנסות שעדיין צפויות</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>{0} shown: planned {1}, actual {2}, difference {3}</source>
        <translation>הוצאות מוצגות: {0}; מתוכנן {1}, בפועל {2}, הפרש {3}</translation>
    </message>
    <message>
        <source>Plans vs budget ({0})</source>
        <translation>תכניות מול תקציב ({0})</translation>
    </message>
    <message>
        <source>These activities have a budget in their work plan that differs from the planned expenses booked to them. Choose one and book the plan&apos;s amount, or change the plan or the expenses.</source>
        <translation>לפעולות האלה יש בתכנית העבודה תקציב ששונה מההוצאות המתוכננות שנרשמו להן. בחרו פעולה ורשמו את הסכום שבתכנית, או שנו את התכנית או את ההוצאות.</translation>
    </message>
    <message>
        <source>The work plans and the budget agree.</source>
        <translation>תכניות העבודה והתקציב תואמים.</translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) overdue, marked in the list.</source>
        <translation>
            <numerusform>צעד אחד באיחור, מסומן ברשימה.</numerusform>
            <numerusform>%n צעדים באיחור, מסומנים ברשימה.</numerusform>
        </translation>
    </message>
    <message>
        <source>All neighborhoods</source>
        <translation>כל השכונות</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>הוצאה</translation>
    </message>
    <message>
        <source>Source in the works</source>
        <translation>מקור בתהליך</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>פרויקט</translation>
    </message>
    <message>
        <source>New income</source>
        <translation>הכנסה חדשה</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>הוצאה חדשה</translation>
    </message>
    <message>
        <source>New source in the works</source>
        <translation>מקור חדש בתהליך</translation>
    </message>
    <message>
        <source>A new budget source</source>
        <translation>מקור תקציבי חדש</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>פרויקט חדש</translation>
    </message>
    <message>
        <source>Remove the income “{0}” ({1})?</source>
        <translation>להסיר את ההכנסה &quot;{0}&quot; ({1})?</translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation>הסרת הכנסה</translation>
    </message>
    <message>
        <source>Remove the expense “{0}” ({1} planned)?</source>
        <translation>להסיר את ההוצאה &quot;{0}&quot; ({1} מתוכנן)?</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>הסרת הוצאה</translation>
    </message>
    <message>
        <source>Remove “{0}” from the sources in the works?</source>
        <translation>להסיר את &quot;{0}&quot; מהמקורות בתהליך?</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>הסרת מקור</translation>
    </message>
    <message>
        <source>Remove the project “{0}”? Sources toward it stay in the list.</source>
        <translation>להסיר את הפרויקט &quot;{0}&quot;? המקורות שמיועדים לו יישארו ברשימה.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>הסרת פרויקט</translation>
    </message>
    <message>
        <source>{0} budget {1}</source>
        <translation>{0} תקציב {1}</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>ייצוא התקציב</translation>
    </message>
    <message>
        <source>The budget was written to {0}.</source>
        <translation>התקציב נכתב אל {0}.</translation>
    </message>
    <message>
        <source>Book the plan&apos;s amount</source>
        <translation>רישום סכום התכנית</translation>
    </message>
    <message>
        <source>Booked {0} as planned expenses of “{1}”.</source>
        <translation>{0} נרשמו כהוצאות מתוכננות של &quot;{1}&quot;.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation>החודש הקודם</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>החודש הבא</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Shabbat or a holiday of rest</source>
        <translation>שבת או יום טוב</translation>
    </message>
    <message>
        <source>Eve of Shabbat or a holiday</source>
        <translation>ערב שבת או ערב חג</translation>
    </message>
    <message>
        <source>Other holidays</source>
        <translation>חגים ומועדים אחרים</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>New event on this day…</source>
        <translation>אירוע חדש ביום הזה…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Double-click an event to edit it in the list of events.</source>
        <translation>לחיצה כפולה על אירוע פותחת אותו לעריכה ברשימת האירועים.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>אירוע חדש</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Write a call…</source>
        <translation>כתיבת קול קורא…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>קול קורא</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>נפתח</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>נסגר</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>נענו</translation>
    </message>
    <message>
        <source>Calls for applications</source>
        <translation>קולות קוראים</translation>
    </message>
    <message>
        <source>Whom the call looks for, and for what</source>
        <translation>את מי הקול הקורא מחפש, ולמה</translation>
    </message>
    <message>
        <source>What those who answer get</source>
        <translation>מה מקבלים מי שנענים</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>איך מגישים</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>כותרת:</translation>
    </message>
    <message>
        <source>We look for:</source>
        <translation>מי אנחנו מחפשים:</translation>
    </message>
    <message>
        <source>We offer:</source>
        <translation>מה אנחנו מציעים:</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>נפתח:</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>נסגר:</translation>
    </message>
    <message>
        <source>How to apply:</source>
        <translation>איך מגישים:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>איש/אשת קשר:</translation>
    </message>
    <message>
        <source>Choose a call to see and edit it, or write a new one.</source>
        <translation>בחרו קול קורא כדי לראות ולערוך אותו, או כתבו חדש.</translation>
    </message>
    <message>
        <source>Remove the call “{0}”? The people who answered it stay, with their roles.</source>
        <translation>להסיר את הקול הקורא „{0}”? מי שנענו לו נשארים, עם התפקידים שלהם.</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>הסרת קול קורא</translation>
    </message>
    <message>
        <source>The call&apos;s title</source>
        <translation>כותרת הקול הקורא</translation>
    </message>
    <message>
        <source>Whom the call looks for</source>
        <translation>את מי הקול הקורא מחפש</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>מה אנחנו מציעים</translation>
    </message>
</context>
<context>
    <name>CellEdit</name>
    <message>
        <source>Edit of {0}</source>
        <translation>עריכת {0}</translation>
    </message>
</context>
<context>
    <name>CellEditorDelegate</name>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>מנהל/ת</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>שימוש אחרון</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>מנהל/ת:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>חברים:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>שימוש אחרון:</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>Choose a channel to see and edit it.</source>
        <translation>בחרו ערוץ כדי לראות ולערוך אותו.</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>ערוץ תקשורת חדש</translation>
    </message>
    <message>
        <source>Name of the channel:</source>
        <translation>שם הערוץ:</translation>
    </message>
    <message>
        <source>Remove the channel “{0}”?</source>
        <translation>להסיר את הערוץ &quot;{0}&quot;?</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>הסרת ערוץ</translation>
    </message>
</context>
<context>
    <name>CityProjectsPage</name>
    <message>
        <source>Add project…</source>
        <translation>הוספת פרויקט…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>פרויקט</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>תקציב</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>No city projects yet</source>
        <translation>עדיין אין פרויקטים עירוניים</translation>
    </message>
    <message>
        <source>In stage 4 the manager leads city projects that promote community with the municipality&apos;s departments and partners: a festival, a volunteering network, a city-wide initiative. Give each its goal, owner, partners, budget and milestones; they show on the timeline and in the city workbook.</source>
        <translation>בשלב 4 המנהל/ת מוביל/ה פרויקטים עירוניים לקידום קהילתיות עם אגפי הרשות והשותפים: פסטיבל, רשת מתנדבים, יוזמה כלל־עירונית. לכל פרויקט מטרה, אחראי/ת, שותפים, תקציב ואבני דרך; הם מופיעים בציר הזמן ובחוברת העירונית.</translation>
    </message>
    <message>
        <source>What the project changes in the city</source>
        <translation>מה הפרויקט משנה בעיר</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>ללא תאריך התחלה</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>ללא תאריך סיום</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>פרויקט:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>מטרה:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>אחראי/ת:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>אגף ברשות:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>שותפים:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>תקציב:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>התחלה:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>סיום:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>אבני דרך</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>אבן דרך</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>הוספת אבן דרך…</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>אבן דרך חדשה</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>אבן דרך:</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>הסרת אבן דרך</translation>
    </message>
    <message>
        <source>Remove the milestone “{0}”?</source>
        <translation>להסיר את אבן הדרך „{0}”?</translation>
    </message>
    <message>
        <source>Choose a project to see and edit it, or add a new one.</source>
        <translation>בחרו פרויקט כדי לראות ולערוך אותו, או הוסיפו פרויקט חדש.</translation>
    </message>
    <message>
        <source>New city project</source>
        <translation>פרויקט עירוני חדש</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>שם הפרויקט:</translation>
    </message>
    <message>
        <source>Remove the project “{0}” and its milestones?</source>
        <translation>להסיר את הפרויקט „{0}” ואת אבני הדרך שלו?</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>הסרת פרויקט</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <source>No members yet</source>
        <translation>עדיין אין חברים בקואליציה</translation>
    </message>
    <message>
        <source>A coalition gathers the partners who commit to the community work of the city or of one neighborhood. Choose partners into it, write what each committed, and log its meetings.</source>
        <translation>קואליציה מכנסת את השותפים שמתחייבים לעבודה הקהילתית של העיר או של שכונה אחת. בחרו אליה שותפים, כתבו מה כל אחד התחייב, ותעדו את מפגשיה.</translation>
    </message>
    <message>
        <source>Choose partners…</source>
        <translation>בחירת שותפים…</translation>
    </message>
    <message>
        <source>Coalition of:</source>
        <translation>הקואליציה של:</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>העיר</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>עמודה בקובץ</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>ערכים לדוגמה</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>נכנסת לשדה</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ללא כותרת)</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <source>Remove conference…</source>
        <translation>הסרת הכנס…</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>מועד הכנס</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>טרם התקיים</translation>
    </message>
    <message>
        <source>Hebrew date</source>
        <translation>תאריך עברי</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Committees formed</source>
        <translation>ועדות שהוקמו</translation>
    </message>
    <message>
        <source>Plan the conference</source>
        <translation>תכנון הכנס</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <source>One committee on each line</source>
        <translation>ועדה אחת בכל שורה</translation>
    </message>
    <message>
        <source>How it went, what comes next</source>
        <translation>איך היה, מה הלאה</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <source>Hebrew date:</source>
        <translation>תאריך עברי:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>מקום:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>משתתפים:</translation>
    </message>
    <message>
        <source>Committees formed:</source>
        <translation>ועדות שהוקמו:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Form a committee…</source>
        <translation>הקמת ועדה…</translation>
    </message>
    <message>
        <source>Form an activist group…</source>
        <translation>הקמת קבוצת פעילים…</translation>
    </message>
    <message>
        <source>The conference checklist</source>
        <translation>רשימת ההכנות לכנס</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>רשימת הכנות</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>הוספת פריט…</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>פריט חדש</translation>
    </message>
    <message>
        <source>What needs doing:</source>
        <translation>מה צריך לעשות:</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>הסרת פריט</translation>
    </message>
    <message>
        <source>Remove “{0}” from the checklist?</source>
        <translation>להסיר את „{0}” מרשימת ההכנות?</translation>
    </message>
    <message>
        <source>Choose a neighborhood to see its conference.</source>
        <translation>בחרו שכונה כדי לראות את הכנס שלה.</translation>
    </message>
    <message>
        <source>Neighborhood conference — {0}</source>
        <translation>כנס שכונתי — {0}</translation>
    </message>
    <message>
        <source>Form a committee</source>
        <translation>הקמת ועדה</translation>
    </message>
    <message>
        <source>Form an activist group</source>
        <translation>הקמת קבוצת פעילים</translation>
    </message>
    <message>
        <source>Its name:</source>
        <translation>שמה:</translation>
    </message>
    <message>
        <source>Its members:</source>
        <translation>החברים בה:</translation>
    </message>
    <message>
        <source>Remove the conference of {0} from the calendar?</source>
        <translation>להסיר את הכנס של {0} מלוח האירועים?</translation>
    </message>
    <message>
        <source>Remove conference</source>
        <translation>הסרת כנס</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>רישום קשר</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>מה נאמר, מה סוכם…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>סיכום:</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
</context>
<context>
    <name>CoordinatorListModel</name>
    <message>
        <source>Community coordinator</source>
        <translation>רכז/ת קהילה</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
</context>
<context>
    <name>CoordinatorsView</name>
    <message>
        <source>The people with the role of community coordinator. Give the role in the People area to add one.</source>
        <translation>האנשים שתפקידם רכז/ת קהילה. כדי להוסיף רכז/ת, הגדירו את התפקיד באזור &quot;אנשים&quot;.</translation>
    </message>
    <message>
        <source>What the coordinator does well</source>
        <translation>במה הרכז/ת חזק/ה</translation>
    </message>
    <message>
        <source>What is hard for them, where they need support</source>
        <translation>מה קשה לרכז/ת, במה נדרשת תמיכה</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>הוספת מפגש…</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>חוזקות:</translation>
    </message>
    <message>
        <source>Challenges:</source>
        <translation>אתגרים:</translation>
    </message>
    <message>
        <source>No community coordinators yet</source>
        <translation>עדיין אין רכזי קהילה</translation>
    </message>
    <message>
        <source>A community coordinator leads the community work of one neighborhood. Give a person the role of community coordinator in the People area, and they are listed here with their mentoring sessions.</source>
        <translation>רכז/ת קהילה מוביל/ה את העבודה הקהילתית בשכונה אחת. תנו לאדם את התפקיד רכז/ת קהילה באזור האנשים, והוא יופיע כאן עם מפגשי הליווי שלו.</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation>פתיחת אנשים</translation>
    </message>
    <message>
        <source>Mentoring sessions</source>
        <translation>מפגשי ליווי</translation>
    </message>
    <message>
        <source>Choose a coordinator.</source>
        <translation>בחרו רכז/ת.</translation>
    </message>
    <message>
        <source>⚠ {0} follow-ups overdue</source>
        <translation>⚠ {0} מעקבים באיחור</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>מפגש ליווי</translation>
    </message>
</context>
<context>
    <name>CustomMetricModel</name>
    <message>
        <source>Metric</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>ערך אחרון</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>נמדד בתאריך</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Success metrics</source>
        <translation>מדדי הצלחה</translation>
    </message>
    <message>
        <source>Report for the municipal management…</source>
        <translation>דוח להנהלת הרשות…</translation>
    </message>
    <message>
        <source>Neighborhoods</source>
        <translation>שכונות</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>שלבים</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>תקציב</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>חודש אחר חודש</translation>
    </message>
    <message>
        <source>Metrics of your own</source>
        <translation>מדדים משלכם</translation>
    </message>
    <message>
        <source>Keep this month&apos;s figures now</source>
        <translation>שמירת נתוני החודש עכשיו</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>מדד:</translation>
    </message>
    <message>
        <source>{0}, month by month (the city)</source>
        <translation>{0}, חודש אחר חודש (העיר)</translation>
    </message>
    <message>
        <source>No month kept yet: the figures are kept the first time the workspace is opened in a month, or with the button above.</source>
        <translation>עדיין לא נשמר אף חודש: הנתונים נשמרים בפעם הראשונה שסביבת העבודה נפתחת בחודש, או בכפתור שלמעלה.</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>שנה לפני כן</translation>
    </message>
    <message>
        <source>In the month</source>
        <translation>בחודש</translation>
    </message>
    <message>
        <source>Plan year {0} · as of {1}</source>
        <translation>שנת תכנית {0} · נכון ל-{1}</translation>
    </message>
    <message>
        <source>target: {0}</source>
        <translation>יעד: {0}</translation>
    </message>
    <message>
        <source>Neighborhoods by stage</source>
        <translation>שכונות לפי שלב</translation>
    </message>
    <message>
        <source>Budget planned and spent, by neighborhood</source>
        <translation>תקציב מתוכנן ומנוצל, לפי שכונה</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>נוצל</translation>
    </message>
</context>
<context>
    <name>DatedItemsPanel</name>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>עדיין לא</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Its date has passed and it is not done</source>
        <translation>המועד עבר ועדיין לא בוצע</translation>
    </message>
</context>
<context>
    <name>DaysSetting</name>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Preview…</source>
        <translation>תצוגה מקדימה…</translation>
    </message>
    <message>
        <source>Export PDF or Word…</source>
        <translation>ייצוא ל־PDF או ל־Word…</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>ייצוא המסמך</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>מסמך PDF (*.pdf);;מסמך Word (*.docx)</translation>
    </message>
    <message>
        <source>;;Excel sheet (*.xlsx)</source>
        <translation>;;גיליון Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>לא ניתן לכתוב את {0}: {1}</translation>
    </message>
    <message>
        <source>The document was written to {0}.</source>
        <translation>המסמך נשמר ב־{0}.</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>Merge (fill empty fields)</source>
        <translation>מיזוג (השלמת שדות ריקים)</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>הוספה כרשומה חדשה</translation>
    </message>
</context>
<context>
    <name>DuplicateRowsModel</name>
    <message>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>השם בקובץ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>כפילות של</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>{0} (in the workspace)</source>
        <translation>{0} (בסביבת העבודה)</translation>
    </message>
    <message>
        <source>{0} (row {1} of the file)</source>
        <translation>{0} (שורה {1} בקובץ)</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Someone else saved this record while you were editing it, so your change was not saved. The form now shows what they saved.</source>
        <translation>מישהו אחר שמר את הרשומה הזו בזמן שערכת אותה, ולכן השינוי שלך לא נשמר. הטופס מציג עכשיו את מה שנשמר.</translation>
    </message>
    <message>
        <source>Where the two differ:</source>
        <translation>במה השניים שונים:</translation>
    </message>
    <message>
        <source>Type your change again where it is still needed.</source>
        <translation>הקלידו שוב את השינוי שלכם במקום שבו הוא עדיין נחוץ.</translation>
    </message>
    <message>
        <source>{0}: they chose otherwise</source>
        <translation>{0}: נבחר אחרת</translation>
    </message>
    <message>
        <source>{0}: saved “{1}”, yours “{2}”</source>
        <translation>{0}: נשמר „{1}”, שלך „{2}”</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>EmptyGuide</name>
    <message>
        <source>The city has no neighborhoods yet</source>
        <translation>בעיר עדיין אין שכונות</translation>
    </message>
    <message>
        <source>Everything here is kept per neighborhood, so the first step is the city&apos;s division. Import the neighborhood boundaries the municipality&apos;s GIS people gave you (GeoJSON, Shapefile, GeoPackage or KML), draw them on the map, or add them by name and draw later.</source>
        <translation>כל מה שכאן נשמר לפי שכונה, ולכן הצעד הראשון הוא חלוקת העיר. ייבאו את גבולות השכונות שקיבלתם ממחלקת ה־GIS של העירייה (GeoJSON, ‏Shapefile, ‏GeoPackage או KML), ציירו אותם על המפה, או הוסיפו אותן לפי שם וציירו אחר כך.</translation>
    </message>
    <message>
        <source>Import boundaries…</source>
        <translation>ייבוא גבולות…</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation>ציור על המפה</translation>
    </message>
    <message>
        <source>Add by name…</source>
        <translation>הוספה לפי שם…</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <source>Nothing was changed</source>
        <translation>שום דבר לא השתנה</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>משהו השתבש</translation>
    </message>
    <message>
        <source>The app met an unexpected failure. Everything saved before it is kept in the workspace. The details are in {0}; send that file to whoever supports the app.</source>
        <translation>התוכנה נתקלה בתקלה לא צפויה. כל מה שנשמר לפניה נשמר בסביבת העבודה. הפרטים בקובץ {0}; שלחו אותו למי שתומך בתוכנה.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Hebrew date</source>
        <translation>תאריך עברי</translation>
    </message>
    <message>
        <source>Shabbat or holiday</source>
        <translation>שבת או חג</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>e.g. 18:30</source>
        <translation>לדוגמה: 18:30</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <source>One committee on each line</source>
        <translation>ועדה אחת בכל שורה</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>כותרת:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <source>Hebrew date:</source>
        <translation>תאריך עברי:</translation>
    </message>
    <message>
        <source>On that day:</source>
        <translation>באותו יום:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>שעה:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>מקום:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>משתתפים:</translation>
    </message>
    <message>
        <source>Committees formed:</source>
        <translation>ועדות שהוקמו:</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>Choose an event to see and edit it.</source>
        <translation>בחרו אירוע כדי לראות ולערוך אותו.</translation>
    </message>
    <message>
        <source>An ordinary day</source>
        <translation>יום רגיל</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>אירוע חדש</translation>
    </message>
    <message>
        <source>What is the event called?</source>
        <translation>מה שם האירוע?</translation>
    </message>
    <message>
        <source>Remove the event “{0}” of {1}?</source>
        <translation>להסיר את האירוע &quot;{0}&quot; שב-{1}?</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>הסרת אירוע</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Calendar</source>
        <translation>לוח שנה</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>יוזמות</translation>
    </message>
    <message>
        <source>Neighborhood conferences</source>
        <translation>כנסים שכונתיים</translation>
    </message>
    <message>
        <source>Committees and groups</source>
        <translation>ועדות וקבוצות</translation>
    </message>
    <message>
        <source>Gathering spaces</source>
        <translation>מרחבי התכנסות</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצי תקשורת</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>ייצוא לאקסל…</translation>
    </message>
    <message>
        <source>The year&apos;s events in a workbook of their own, with their Hebrew dates</source>
        <translation>האירועים של השנה בחוברת משלהם, עם התאריכים העבריים</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>עדיין אין אירועים</translation>
    </message>
    <message>
        <source>The events of the city and its neighborhoods, each with its Hebrew date and a warning when it falls on Shabbat or a holiday. Add the first one; the calendar shows it on its day.</source>
        <translation>האירועים של העיר ושכונותיה, כל אחד עם התאריך העברי שלו ואזהרה כשהוא חל בשבת או בחג. הוסיפו את הראשון; לוח השנה יציג אותו ביומו.</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>הוספת אירוע…</translation>
    </message>
    <message>
        <source>{0} events {1}</source>
        <translation>{0} אירועים {1}</translation>
    </message>
    <message>
        <source>Export the events</source>
        <translation>ייצוא האירועים</translation>
    </message>
    <message>
        <source>The events were written to {0}.</source>
        <translation>האירועים נכתבו אל {0}.</translation>
    </message>
</context>
<context>
    <name>ExcelExports</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>חוברת Excel‏ (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>כותב את {0}…</translation>
    </message>
    <message>
        <source>{0} was not written: the folder {1} does not exist. Choose another folder.</source>
        <translation>{0} לא נכתב: התיקייה {1} אינה קיימת. בחרו תיקייה אחרת.</translation>
    </message>
    <message>
        <source>{0} was not written: the folder {1} may not be written to, or a file of that name is open in another program. Choose another folder, or close the file and try again.</source>
        <translation>{0} לא נכתב: אין הרשאה לכתוב בתיקייה {1}, או שקובץ בשם הזה פתוח בתוכנה אחרת. בחרו תיקייה אחרת, או סגרו את הקובץ ונסו שוב.</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} לא נכתב: {1}</translation>
    </message>
</context>
<context>
    <name>ExpenseTableModel</name>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Work-plan activity</source>
        <translation>פעולה בתכנית העבודה</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>ללא פעולה</translation>
    </message>
    <message>
        <source>Spent more than planned</source>
        <translation>הוצא יותר מהמתוכנן</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <source>First steps for a new city</source>
        <translation>צעדים ראשונים לעיר חדשה</translation>
    </message>
    <message>
        <source>Divide the city into its neighborhoods</source>
        <translation>חלוקת העיר לשכונות</translation>
    </message>
    <message>
        <source>Import boundaries…</source>
        <translation>ייבוא גבולות…</translation>
    </message>
    <message>
        <source>Give every neighborhood its boundary on the map</source>
        <translation>גבול על המפה לכל שכונה</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>פתיחת המפה</translation>
    </message>
    <message>
        <source>List the first partners: departments, associations, businesses</source>
        <translation>רשימת השותפים הראשונים: אגפים, עמותות, עסקים</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>הוספת שותף…</translation>
    </message>
    <message>
        <source>List residents, activists and building coordinators</source>
        <translation>רשימת תושבים, פעילים ורכזי בניינים</translation>
    </message>
    <message>
        <source>Import people…</source>
        <translation>ייבוא אנשים…</translation>
    </message>
    <message>
        <source>Start the city&apos;s work plan for the year</source>
        <translation>פתיחת תכנית העבודה העירונית לשנה</translation>
    </message>
    <message>
        <source>Start from the guide&apos;s plan</source>
        <translation>התחלה מהתכנית של המדריך</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>עוד לא בוצע</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>שמות החברים</translation>
    </message>
    <message>
        <source>What the group does</source>
        <translation>מה הקבוצה עושה</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>חיפוש אדם…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>מטרה:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>חברים:</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>The first {0} of {1} people found; type more of a name to narrow them.</source>
        <translation>{0} הראשונים מתוך {1} אנשים שנמצאו; הקלידו עוד מהשם כדי לצמצם.</translation>
    </message>
    <message>
        <source>Type a name, phone or skill to find people for a city-wide group.</source>
        <translation>הקלידו שם, טלפון או מיומנות כדי למצוא אנשים לקבוצה עירונית.</translation>
    </message>
    <message>
        <source>Choose a committee or group to see and edit it.</source>
        <translation>בחרו ועדה או קבוצה כדי לראות ולערוך אותה.</translation>
    </message>
    <message>
        <source>New committee or group</source>
        <translation>ועדה או קבוצה חדשה</translation>
    </message>
    <message>
        <source>Name of the committee or group:</source>
        <translation>שם הוועדה או הקבוצה:</translation>
    </message>
    <message>
        <source>Remove “{0}”? Its members stay in the people list.</source>
        <translation>להסיר את &quot;{0}&quot;? החברים בה יישארו ברשימת האנשים.</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>הסרת קבוצה</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>In our words…</source>
        <translation>בניסוח שלנו…</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>שחזור ברירת המחדל</translation>
    </message>
    <message>
        <source>The tips in your city&apos;s words:</source>
        <translation>הטיפים בניסוח של העיר:</translation>
    </message>
    <message>
        <source>Replace your city&apos;s text with the app&apos;s default tips?</source>
        <translation>להחליף את הנוסח של העיר בטיפים המקוריים של התוכנה?</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(leave out)</source>
        <translation>(לא לייבא)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>סוג שותף</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>איש/אשת קשר</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>תרומה</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>השפעה (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>עניין (1-5)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>כישורים</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>הכשרות</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>ועדות</translation>
    </message>
    <message>
        <source>Support now</source>
        <translation>תמיכה כיום</translation>
    </message>
    <message>
        <source>Support wanted</source>
        <translation>תמיכה רצויה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
</context>
<context>
    <name>IncomeTableModel</name>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
</context>
<context>
    <name>IncomingRowsModel</name>
    <message>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Roles or kind</source>
        <translation>תפקידים או סוג</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiative</source>
        <translation>יוזמה</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>מוביל/ת</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>מוביל/ת:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>התחלה:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>סיום:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>Choose an initiative to see and edit it.</source>
        <translation>בחרו יוזמה כדי לראות ולערוך אותה.</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>יוזמה חדשה</translation>
    </message>
    <message>
        <source>Name of the initiative:</source>
        <translation>שם היוזמה:</translation>
    </message>
    <message>
        <source>Remove the initiative “{0}”?</source>
        <translation>להסיר את היוזמה &quot;{0}&quot;?</translation>
    </message>
    <message>
        <source>Remove initiative</source>
        <translation>הסרת יוזמה</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>The name is empty. Type a name.</source>
        <translation>השם ריק. הקלידו שם.</translation>
    </message>
    <message>
        <source>The name is longer than {0} characters. Shorten it.</source>
        <translation>השם ארוך מ-{0} תווים. קצרו אותו.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; already exists. Choose another name.</source>
        <translation>&quot;{0}&quot; כבר קיים. בחרו שם אחר.</translation>
    </message>
    <message>
        <source>The plan year must be between {0} and {1}.</source>
        <translation>שנת התכנית צריכה להיות בין {0} ל-{1}.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>מספר התושבים לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been removed. The list was refreshed.</source>
        <translation>הרשומה הזו כבר לא קיימת; ייתכן שנמחקה. הרשימה רועננה.</translation>
    </message>
    <message>
        <source>{0}, {1} is not a place on the map. Check the coordinates.</source>
        <translation>{0}, {1} אינו מקום על המפה. בדקו את הקואורדינטות.</translation>
    </message>
    <message>
        <source>The file holds nothing that can come in (no rows with a name and a place). Nothing was changed.</source>
        <translation>אין בקובץ דבר שאפשר לייבא (אין שורות עם שם ומיקום). דבר לא שונה.</translation>
    </message>
    <message>
        <source>There is no field named {0}. The file has: {1}.</source>
        <translation>אין שדה בשם {0}. בקובץ יש: {1}.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a phone number. Type it like 050-1234567 or 08-6234567.</source>
        <translation>&quot;{0}&quot; אינו מספר טלפון. הקלידו אותו כך: 050-1234567 או 08-6234567.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an email address. Type it like name@example.org.</source>
        <translation>&quot;{0}&quot; אינה כתובת דוא&quot;ל. הקלידו אותה כך: name@example.org.</translation>
    </message>
    <message>
        <source>Influence and interest go from {0} to {1}.</source>
        <translation>ההשפעה והעניין צריכים להיות בין {0} ל-{1}.</translation>
    </message>
    <message>
        <source>The attendance cannot be negative.</source>
        <translation>מספר המשתתפים לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>The number of members cannot be negative.</source>
        <translation>מספר החברים לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>תאריך הסיום מוקדם מתאריך ההתחלה.</translation>
    </message>
    <message>
        <source>None of the {0} places lies in the city&apos;s neighborhoods. Nothing was added.</source>
        <translation>אף אחד מ-{0} המקומות אינו נמצא בשכונות העיר. לא נוסף דבר.</translation>
    </message>
    <message>
        <source>An amount must be between ₪0 and ₪{0:,.0f}.</source>
        <translation>סכום צריך להיות בין ₪0 ל-₪{0:,.0f}.</translation>
    </message>
    <message>
        <source>Your role in this team workspace is viewer: you can read everything, and change nothing. Nothing was changed. The city&apos;s community manager can give you another role.</source>
        <translation>התפקיד שלך בסביבת העבודה של הצוות הוא צפייה בלבד: אפשר לקרוא הכול ולא לשנות דבר. דבר לא שונה. מנהל/ת הקהילות העירוני/ת יכול/ה לתת לך תפקיד אחר.</translation>
    </message>
    <message>
        <source>The team server refused this change: your role lets you change the records of your own neighborhoods, and this one is not among them (or belongs to the whole city). Nothing was changed.</source>
        <translation>שרת הצוות סירב לשינוי: התפקיד שלך מאפשר לשנות רשומות של השכונות שלך, והרשומה הזו אינה ביניהן (או שהיא של העיר כולה). דבר לא שונה.</translation>
    </message>
    <message>
        <source>The team server did not answer, so the change was not saved. Check the network and try again in a moment; the app connects again by itself.</source>
        <translation>שרת הצוות לא ענה, ולכן השינוי לא נשמר. בדקו את החיבור לרשת ונסו שוב בעוד רגע; התוכנה מתחברת מחדש בעצמה.</translation>
    </message>
    <message>
        <source>A measured value or a target is a number from 0 to {0:,.0f}.</source>
        <translation>ערך שנמדד או יעד הם מספר בין 0 ל-{0:,.0f}.</translation>
    </message>
    <message>
        <source>This workspace is open to read only: {0} is writing in it. Nothing was changed. To make changes, close it there and open it here again.</source>
        <translation>סביבת העבודה פתוחה לקריאה בלבד: {0} כותב בה. שום דבר לא השתנה. כדי לשנות, סגרו אותה שם ופתחו אותה כאן מחדש.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>תוכנה אחרת</translation>
    </message>
    <message>
        <source>{0} unpacks to more than {1} MB, more than the app reads (a file built to fill the memory looks like this). It was not opened, and nothing was changed.</source>
        <translation>{0} נפרס ליותר מ-{1} MB, יותר ממה שהתוכנה קוראת (כך נראה קובץ שנבנה כדי למלא את הזיכרון). הקובץ לא נפתח, ושום דבר לא השתנה.</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MB, more than the app reads. Split it into smaller files, or keep only the layer you need. Nothing was changed.</source>
        <translation>{0} גדול מ-{1} MB, יותר ממה שהתוכנה קוראת. פצלו אותו לקבצים קטנים יותר, או השאירו רק את השכבה הדרושה. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <source>The list has more than {0:,} rows. Split it into smaller files. Nothing was changed.</source>
        <translation>ברשימה יותר מ-{0:,} שורות. פצלו אותה לקבצים קטנים יותר. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <source>{0} declares XML entities, a known way to attack the program that opens it. It was not read, and nothing was changed. Ask the sender for a clean copy.</source>
        <translation>{0} מגדיר ישויות XML, דרך מוכרת לתקוף את התוכנה שפותחת אותו. הקובץ לא נקרא, ושום דבר לא השתנה. בקשו מהשולח עותק נקי.</translation>
    </message>
    <message>
        <source>{0} names files outside itself, a known way to write over other files. It was not read, and nothing was changed. Ask the sender for a clean copy.</source>
        <translation>{0} מפנה לקבצים מחוץ לו, דרך מוכרת לכתוב על קבצים אחרים. הקובץ לא נקרא, ושום דבר לא השתנה. בקשו מהשולח עותק נקי.</translation>
    </message>
    <message>
        <source>The file could not be read: {0}. Nothing was changed.</source>
        <translation>לא ניתן לקרוא את הקובץ: {0}. דבר לא שונה.</translation>
    </message>
    <message>
        <source>Someone chosen here was removed meanwhile. The list was refreshed; choose again.</source>
        <translation>מישהו שנבחר כאן הוסר בינתיים. הרשימה רועננה; בחרו שוב.</translation>
    </message>
    <message>
        <source>The file&apos;s {0} features are points or lines, not areas, so they cannot be neighborhoods. Import the file as assets instead. Nothing was changed.</source>
        <translation>{0} הפריטים בקובץ הם נקודות או קווים, לא שטחים, ולכן אינם יכולים להיות שכונות. ייבאו את הקובץ כנכסים. דבר לא שונה.</translation>
    </message>
    <message>
        <source>{0}: a document is written as PDF (.pdf) or Word (.docx). Choose one of them.</source>
        <translation>{0}: מסמך נשמר כ־PDF ‏(.pdf) או כ־Word ‏(.docx). בחרו אחד מהם.</translation>
    </message>
    <message>
        <source>{0} has no call for applications yet. Write one in the neighborhood leadership area first.</source>
        <translation>לשכונה {0} עדיין אין קול קורא. כתבו אחד קודם באזור המנהיגות השכונתית.</translation>
    </message>
    <message>
        <source>{0} has no leadership meeting yet. Log one in the neighborhood leadership area first.</source>
        <translation>לשכונה {0} עדיין אין מפגש מנהיגות. רשמו אחד קודם באזור המנהיגות השכונתית.</translation>
    </message>
    <message>
        <source>{0} has no conference planned yet. Plan it in the events area first.</source>
        <translation>לשכונה {0} עדיין לא תוכנן כנס. תכננו אותו קודם באזור האירועים.</translation>
    </message>
    <message>
        <source>{0} could not be written there. Choose a folder you can write to, and close the file if it is open.</source>
        <translation>לא ניתן לשמור את {0} שם. בחרו תיקייה שיש בה הרשאת כתיבה, וסגרו את הקובץ אם הוא פתוח.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Tasks of:</source>
        <translation>משימות של:</translation>
    </message>
    <message>
        <source>Stage 2 is done in each neighborhood on its own. Choose a neighborhood above to see its tasks.</source>
        <translation>שלב 2 נעשה בכל שכונה בנפרד. בחרו שכונה למעלה כדי לראות את המשימות שלה.</translation>
    </message>
    <message>
        <source>The city (city-level tasks)</source>
        <translation>העיר (משימות עירוניות)</translation>
    </message>
    <message>
        <source>Now: {0}.</source>
        <translation>כעת: {0}.</translation>
    </message>
    <message>
        <source>Missing before stage 3: {0}</source>
        <translation>חסר לפני שלב 3: {0}</translation>
    </message>
</context>
<context>
    <name>LeadershipMeetingsPage</name>
    <message>
        <source>Log a meeting…</source>
        <translation>תיעוד מפגש…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>הגיעו</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>רכז/ת</translation>
    </message>
    <message>
        <source>Resident-leadership meetings</source>
        <translation>מפגשי מנהיגות תושבים</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>סדר היום</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>סעיף אחד בכל שורה</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>מה הוחלט</translation>
    </message>
    <message>
        <source>Who does what, by when — one task a line</source>
        <translation>מי עושה מה ועד מתי — משימה בכל שורה</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>מקום:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>סדר היום:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>הוזמנו:</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>הגיעו:</translation>
    </message>
    <message>
        <source>Coordinator appointed:</source>
        <translation>רכז/ת קהילה שמונה/תה:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>החלטות:</translation>
    </message>
    <message>
        <source>Follow-up tasks:</source>
        <translation>משימות להמשך:</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>עדיין לא</translation>
    </message>
    <message>
        <source>Choose a meeting to see and edit it, or log a new one.</source>
        <translation>בחרו מפגש כדי לראות ולערוך אותו, או תעדו מפגש חדש.</translation>
    </message>
    <message>
        <source>The meeting of {0}</source>
        <translation>המפגש מ־{0}</translation>
    </message>
    <message>
        <source>Remove the meeting of {0} and what it decided?</source>
        <translation>להסיר את המפגש מ־{0} ואת מה שהוחלט בו?</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>הסרת מפגש</translation>
    </message>
</context>
<context>
    <name>LeadershipView</name>
    <message>
        <source>Call for applications</source>
        <translation>קול קורא</translation>
    </message>
    <message>
        <source>Leadership meetings</source>
        <translation>מפגשי מנהיגות</translation>
    </message>
    <message>
        <source>No neighborhoods yet</source>
        <translation>עדיין אין שכונות</translation>
    </message>
    <message>
        <source>A neighborhood&apos;s leadership is found with a call for applications and formed at a resident-leadership meeting that appoints its community coordinator. Add the city&apos;s neighborhoods first.</source>
        <translation>מנהיגות השכונה נמצאת בעזרת קול קורא ומתגבשת במפגש מנהיגות תושבים שממנה רכז/ת קהילה. הוסיפו קודם את שכונות העיר.</translation>
    </message>
    <message>
        <source>Open the neighborhoods…</source>
        <translation>פתיחת השכונות…</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
</context>
<context>
    <name>ListFiles</name>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>ייבוא רשימה</translation>
    </message>
    <message>
        <source>Excel or CSV lists (*.xlsx *.csv)</source>
        <translation>רשימות Excel או CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>ייצוא הרשימה</translation>
    </message>
    <message>
        <source>{0} - partners</source>
        <translation>{0} - שותפים</translation>
    </message>
    <message>
        <source>{0} - people</source>
        <translation>{0} - אנשים</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>חוברת Excel (*.xlsx);;קובץ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>לא ניתן לכתוב את {0}: {1}</translation>
    </message>
    <message>
        <source>The list was written to {0}.</source>
        <translation>הרשימה נכתבה אל {0}.</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <source>Import people: {0}</source>
        <translation>ייבוא אנשים: {0}</translation>
    </message>
    <message>
        <source>Import partners: {0}</source>
        <translation>ייבוא שותפים: {0}</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>גיליון:</translation>
    </message>
    <message>
        <source>Kind when a row does not say:</source>
        <translation>סוג כשהשורה אינה מציינת:</translation>
    </message>
    <message>
        <source>For all duplicates:</source>
        <translation>לכל הכפילויות:</translation>
    </message>
    <message>
        <source>To come in</source>
        <translation>לייבוא</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>כפילויות</translation>
    </message>
    <message>
        <source>Cannot come in</source>
        <translation>לא ניתן לייבא</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Columns: check which field each column of the file goes into.</source>
        <translation>עמודות: בדקו לאיזה שדה נכנסת כל עמודה בקובץ.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>לא ניתן לקרוא את הקובץ</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>בחרו את העמודה שבה נמצאים השמות.</translation>
    </message>
    <message>
        <source>{0} rows can come in: {1} new and {2} that repeat a record. {3} rows cannot come in.</source>
        <translation>אפשר לייבא {0} שורות: {1} חדשות ו-{2} שחוזרות על רשומה קיימת. {3} שורות לא ניתן לייבא.</translation>
    </message>
    <message>
        <source>{0} blank rows are left out.</source>
        <translation>{0} שורות ריקות לא ייובאו.</translation>
    </message>
    <message>
        <source>{0} rows above the headers (a title) are left out.</source>
        <translation>{0} שורות מעל הכותרות (כותרת הרשימה) לא ייובאו.</translation>
    </message>
    <message>
        <source>The workbook holds macros: only its values are read, and no macro runs.</source>
        <translation>בחוברת יש פקודות מאקרו: נקראים רק הערכים שבה, ואף מאקרו אינו מופעל.</translation>
    </message>
    <message>
        <source>{0} cells hold a formula; each comes in as the text typed (row {1}, {2}: {3}).</source>
        <translation>ב-{0} תאים יש נוסחה; כל אחת נקלטת כטקסט שהוקלד (שורה {1}, {2}: {3}).</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>מייבא את {0}…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>הייבוא בוטל. דבר לא שונה.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

דבר לא שונה.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Or Communities</source>
        <translation>קהילות אור</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;New city…</source>
        <translation>&amp;עיר חדשה…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;פתיחת סביבת עבודה…</translation>
    </message>
    <message>
        <source>Open the &amp;demo city</source>
        <translation>פתיחת עיר ה&amp;הדגמה</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>סביבות עבודה &amp;אחרונות</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;סגירת סביבת העבודה</translation>
    </message>
    <message>
        <source>&amp;Export the city workbook to Excel…</source>
        <translation>&amp;ייצוא חוברת העיר לאקסל…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;גיבויים…</translation>
    </message>
    <message>
        <source>&amp;Undo the last import or merge…</source>
        <translation>&amp;ביטול הייבוא או המיזוג האחרון…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Or Communities</source>
        <translation>&amp;אודות קהילות אור</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;חזרה</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>אין סביבות עבודה אחרונות</translation>
    </message>
    <message>
        <source>{0} {1} — Or Communities</source>
        <translation>{0} {1} — קהילות אור</translation>
    </message>
    <message>
        <source>{0} (read only)</source>
        <translation>{0} (קריאה בלבד)</translation>
    </message>
    <message>
        <source>Read only: {0} is writing in it; nothing you change here is saved · {1}</source>
        <translation>קריאה בלבד: {0} כותב בה; שום שינוי כאן לא יישמר · {1}</translation>
    </message>
    <message>
        <source>The team server does not answer: changes are refused until it is back. Connecting again by itself…</source>
        <translation>שרת הצוות אינו עונה: שינויים לא יישמרו עד שיחזור. מתחברים מחדש מעצמנו…</translation>
    </message>
    <message>
        <source>On the team server, to read: your role is viewer, so nothing can be changed here · {0}</source>
        <translation>בשרת הצוות, לקריאה: התפקיד שלך הוא צפייה בלבד, ולכן אי אפשר לשנות כאן דבר · {0}</translation>
    </message>
    <message>
        <source>On the team server as community coordinator: you change the records of {0}, and read the rest · {1}</source>
        <translation>בשרת הצוות כרכז/ת קהילה: משנים את הרשומות של {0} וקוראים את השאר · {1}</translation>
    </message>
    <message>
        <source>On the team server: every change is saved there at once · {0}</source>
        <translation>בשרת הצוות: כל שינוי נשמר שם מיד · {0}</translation>
    </message>
    <message>
        <source>Every change is saved at once · {0}</source>
        <translation>כל שינוי נשמר מיד · {0}</translation>
    </message>
    <message>
        <source>Export the city workbook</source>
        <translation>ייצוא חוברת העיר</translation>
    </message>
    <message>
        <source>The city workbook was written to {0}.</source>
        <translation>חוברת העיר נכתבה אל {0}.</translation>
    </message>
    <message>
        <source>About Or Communities</source>
        <translation>אודות קהילות אור</translation>
    </message>
    <message>
        <source>Or Communities {0}
A workspace for city community managers: the four-stage process, neighborhoods, partners, people, plans and maps — offline.</source>
        <translation>קהילות אור {0}
סביבת עבודה למנהלי קהילות עירוניים: התהליך בארבעה שלבים, שכונות, שותפים, אנשים, תכניות ומפות – גם בלי אינטרנט.</translation>
    </message>
</context>
<context>
    <name>MapAreaActions</name>
    <message>
        <source>Import boundaries</source>
        <translation>ייבוא גבולות</translation>
    </message>
    <message>
        <source>GIS files (*.zip *.shp *.geojson *.json *.gpkg *.kml);;All files (*)</source>
        <translation>קבצי GIS (*.zip *.shp *.geojson *.json *.gpkg *.kml);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>ייבוא נכסים</translation>
    </message>
    <message>
        <source>Assets (*.xlsx *.csv *.zip *.shp *.geojson *.json *.gpkg *.kml);;All files (*)</source>
        <translation>נכסים (*.xlsx *.csv *.zip *.shp *.geojson *.json *.gpkg *.kml);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>קורא את {0}…</translation>
    </message>
    <message>
        <source>{0} of the {1} places in the file have no name in the field “{2}”, so they would be left out.</source>
        <translation>ל-{0} מתוך {1} המקומות בקובץ אין שם בשדה “{2}”, ולכן הם יושמטו.</translation>
    </message>
    <message>
        <source>Import the {0} named ones</source>
        <translation>ייבוא {0} המקומות שיש להם שם</translation>
    </message>
    <message>
        <source>The field “{0}” names {1} of them.</source>
        <translation>השדה “{0}” נותן שם ל-{1} מהם.</translation>
    </message>
    <message>
        <source>Name them by “{0}”</source>
        <translation>מתן שמות לפי “{0}”</translation>
    </message>
    <message>
        <source>None of the {0} places in the file lies in the city&apos;s neighborhoods. It may be another city&apos;s file. Add them anyway?</source>
        <translation>אף אחד מ-{0} המקומות שבקובץ אינו נמצא בשכונות העיר. ייתכן שזה קובץ של עיר אחרת. להוסיף אותם בכל זאת?</translation>
    </message>
    <message>
        <source>{0} assets were added.</source>
        <translation>נוספו {0} נכסים.</translation>
    </message>
    <message>
        <source>{0} of them lie outside the city&apos;s neighborhoods: {1}</source>
        <translation>{0} מהם נמצאים מחוץ לשכונות העיר: {1}</translation>
    </message>
    <message>
        <source>Left out: {0} without a name and {1} without a place.</source>
        <translation>הושמטו: {0} בלי שם ו-{1} בלי מיקום.</translation>
    </message>
    <message>
        <source>The file could not be read: {0}. Nothing was changed.</source>
        <translation>לא ניתן לקרוא את הקובץ: {0}. דבר לא שונה.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>ייצוא המפה</translation>
    </message>
    <message>
        <source>Map for any browser (*.html);;GeoPackage for GIS (*.gpkg)</source>
        <translation>מפה לכל דפדפן (*.html);;GeoPackage למחלקת GIS‏ (*.gpkg)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <source>Include partners&apos; and coordinators&apos; phones and emails in the file? Answer no for a file that leaves your office.</source>
        <translation>לכלול בקובץ את הטלפונים והדוא&quot;ל של השותפים והרכזים? ענו &quot;לא&quot; לקובץ שיוצא מהמשרד.</translation>
    </message>
    <message>
        <source>The map could not be written: {0}</source>
        <translation>לא ניתן לכתוב את המפה: {0}</translation>
    </message>
    <message>
        <source>The map was written to {0}.</source>
        <translation>המפה נכתבה אל {0}.</translation>
    </message>
    <message>
        <source>Export the mapping file</source>
        <translation>ייצוא תיק המיפוי</translation>
    </message>
    <message>
        <source>Choose a neighborhood in the list first.</source>
        <translation>בחרו קודם שכונה ברשימה.</translation>
    </message>
    <message>
        <source>Include the leaders&apos; and partners&apos; phones and emails? Without them the file lists names only.</source>
        <translation>לכלול את הטלפונים והדוא״ל של המובילים והשותפים? בלעדיהם הקובץ מציג שמות בלבד.</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s map</source>
        <translation>ייבוא מפה של עמית/ה</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage‏ (*.gpkg)</translation>
    </message>
    <message>
        <source>No findings: the division is sound.</source>
        <translation>לא נמצאו בעיות: החלוקה תקינה.</translation>
    </message>
    <message>
        <source>No findings in what could be checked.</source>
        <translation>לא נמצאו ממצאים במה שניתן היה לבדוק.</translation>
    </message>
    <message>
        <source>Not checked: no neighborhood has a boundary yet. Import the boundaries or draw them.</source>
        <translation>לא נבדק: לאף שכונה עדיין אין גבול. ייבאו את הגבולות או שרטטו אותם.</translation>
    </message>
    <message>
        <source>Not checked: gaps inside the city and parts outside it, since there is no city boundary. Import the municipal boundary to check them.</source>
        <translation>לא נבדקו פערים בתוך העיר וחלקים מחוץ לה, כי אין גבול עירוני. ייבאו את גבול השיפוט כדי לבדוק אותם.</translation>
    </message>
    <message>
        <source>Not checked, no boundary: {0}</source>
        <translation>לא נבדקו, אין להן גבול: {0}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>Overlap: {0}</source>
        <translation>חפיפה: {0}</translation>
    </message>
    <message>
        <source>Gap inside the city, not in any neighborhood</source>
        <translation>פער בתוך העיר שאינו שייך לאף שכונה</translation>
    </message>
    <message>
        <source>A neighborhood without a name</source>
        <translation>שכונה ללא שם</translation>
    </message>
    <message>
        <source>The same name twice: {0}</source>
        <translation>אותו שם פעמיים: {0}</translation>
    </message>
    <message>
        <source>Invalid shape: {0}</source>
        <translation>צורה לא תקינה: {0}</translation>
    </message>
    <message>
        <source>Outside the city boundary: {0}</source>
        <translation>מחוץ לגבול העיר: {0}</translation>
    </message>
    <message>
        <source> ({0:,.0f} m²)</source>
        <translation> ({0:,.0f} מ&quot;ר)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>לא שונה דבר</translation>
    </message>
</context>
<context>
    <name>MapAreaView</name>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Stage 2 progress</source>
        <translation>התקדמות בשלב 2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>אוכלוסייה</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>שכבות</translation>
    </message>
    <message>
        <source>Neighborhoods</source>
        <translation>שכונות</translation>
    </message>
    <message>
        <source>Repair the shape</source>
        <translation>תיקון הצורה</translation>
    </message>
    <message>
        <source>Color by:</source>
        <translation>צביעה לפי:</translation>
    </message>
    <message>
        <source>Neighborhoods:</source>
        <translation>שכונות:</translation>
    </message>
    <message>
        <source>Checks of the division:</source>
        <translation>בדיקות החלוקה:</translation>
    </message>
    <message>
        <source>Import boundaries…</source>
        <translation>ייבוא גבולות…</translation>
    </message>
    <message>
        <source>Start with the neighborhoods</source>
        <translation>מתחילים בשכונות</translation>
    </message>
    <message>
        <source>Import the neighborhood boundaries from a GIS file, or draw each neighborhood on the map; the city&apos;s assets and the census areas come after.</source>
        <translation>ייבאו את גבולות השכונות מקובץ GIS, או ציירו כל שכונה על המפה; נכסי העיר והאזורים הסטטיסטיים יבואו אחר כך.</translation>
    </message>
    <message>
        <source>Draw a neighborhood</source>
        <translation>ציור שכונה</translation>
    </message>
    <message>
        <source>Edit its boundary</source>
        <translation>עריכת הגבול שלה</translation>
    </message>
    <message>
        <source>Add an asset on the map</source>
        <translation>הוספת נכס במפה</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>ייבוא נכסים…</translation>
    </message>
    <message>
        <source>Check the division</source>
        <translation>בדיקת החלוקה</translation>
    </message>
    <message>
        <source>Export the map…</source>
        <translation>ייצוא המפה…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s map…</source>
        <translation>מפה מעמית/ה…</translation>
    </message>
    <message>
        <source>Export the mapping file…</source>
        <translation>ייצוא תיק המיפוי…</translation>
    </message>
    <message>
        <source>Neighborhoods from census areas</source>
        <translation>שכונות מאזורים סטטיסטיים</translation>
    </message>
    <message>
        <source>Show the census statistical areas, to choose them on the map</source>
        <translation>להציג את האזורים הסטטיסטיים כדי לבחור אותם במפה</translation>
    </message>
    <message>
        <source>Make a neighborhood of the chosen areas…</source>
        <translation>יצירת שכונה מהאזורים שנבחרו…</translation>
    </message>
    <message>
        <source>No boundary yet: draw it or import it</source>
        <translation>אין עדיין גבול: ציירו או ייבאו אותו</translation>
    </message>
    <message>
        <source>{0}: {1} assets on the map</source>
        <translation>{0}: {1} נכסים במפה</translation>
    </message>
    <message>
        <source>Import census statistical areas first (Import boundaries…).</source>
        <translation>יש לייבא קודם אזורים סטטיסטיים (ייבוא גבולות…).</translation>
    </message>
    <message>
        <source>{0} areas chosen, {1:,} residents. Click areas on the map to choose them.</source>
        <translation>נבחרו {0} אזורים, {1:,} תושבים. לחצו על אזורים במפה כדי לבחור אותם.</translation>
    </message>
    <message>
        <source>New neighborhood</source>
        <translation>שכונה חדשה</translation>
    </message>
    <message>
        <source>Name of the neighborhood these areas make:</source>
        <translation>שם השכונה שהאזורים האלה יוצרים:</translation>
    </message>
    <message>
        <source>Name of the neighborhood:</source>
        <translation>שם השכונה:</translation>
    </message>
    <message>
        <source>Replace the boundary</source>
        <translation>החלפת הגבול</translation>
    </message>
    <message>
        <source>{0} already has a boundary. Replace it with the one you drew?</source>
        <translation>ל{0} כבר יש גבול. להחליף אותו בזה שציירתם?</translation>
    </message>
    <message>
        <source>Edit a boundary</source>
        <translation>עריכת גבול</translation>
    </message>
    <message>
        <source>Choose a neighborhood in the list first.</source>
        <translation>בחרו קודם שכונה ברשימה.</translation>
    </message>
</context>
<context>
    <name>MapImportDialog</name>
    <message>
        <source>Import a map package: {0}</source>
        <translation>ייבוא חבילת מפה: {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>מיזוג</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} conflicting, {3} unchanged.</source>
        <translation>{0} חדשים, {1} השתנו, {2} בסתירה, {3} ללא שינוי.</translation>
    </message>
    <message>
        <source>For conflicting records</source>
        <translation>ברשומות בסתירה</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>להשאיר את שלי</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>לקחת את שלהם</translation>
    </message>
    <message>
        <source>This package is of {0}, and your workspace is of {1}. Check that it is the right file.</source>
        <translation>החבילה הזו היא של {0}, ותיק העבודה שלך הוא של {1}. בדקו שזה הקובץ הנכון.</translation>
    </message>
</context>
<context>
    <name>MatchOn</name>
    <message>
        <source>Same phone</source>
        <translation>אותו טלפון</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>אותו דוא&quot;ל</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>אותו שם</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Choose a neighborhood to see what it still needs before stage 3.</source>
        <translation>בחרו שכונה כדי לראות מה עוד חסר לה לפני שלב 3.</translation>
    </message>
    <message>
        <source>Double-click a cell to open the task, or a missing task to open its tool.</source>
        <translation>לחיצה כפולה על תא פותחת את המשימה, ועל משימה חסרה — את הכלי שלה.</translation>
    </message>
    <message>
        <source>Stage 2 in every neighborhood</source>
        <translation>שלב 2 בכל השכונות</translation>
    </message>
    <message>
        <source>{0} has closed every stage-2 task: it is in stage 3.</source>
        <translation>{0} סגרה את כל משימות שלב 2: היא בשלב 3.</translation>
    </message>
    <message>
        <source>{0} still needs {1} tasks before stage 3:</source>
        <translation>ל{0} חסרות עוד {1} משימות לפני שלב 3:</translation>
    </message>
    <message>
        <source>Tool: {0}</source>
        <translation>כלי: {0}</translation>
    </message>
    <message>
        <source>the task itself</source>
        <translation>המשימה עצמה</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Log a meeting…</source>
        <translation>תיעוד מפגש…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>הגיעו</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>By</source>
        <translation>עד</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>מפגשים</translation>
    </message>
    <message>
        <source>What was decided, and who does what</source>
        <translation>מה הוחלט, ומי עושה מה</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>הגיעו:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>החלטות:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>הצעד הבא:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>עד:</translation>
    </message>
    <message>
        <source>Choose a meeting to see and edit it, or log a new one.</source>
        <translation>בחרו מפגש כדי לראות ולערוך אותו, או תעדו מפגש חדש.</translation>
    </message>
    <message>
        <source>The meeting of {0}</source>
        <translation>המפגש מ־{0}</translation>
    </message>
    <message>
        <source>Remove the meeting of {0} and what it decided?</source>
        <translation>להסיר את המפגש מ־{0} ואת מה שהוחלט בו?</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>הסרת מפגש</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <source>Choose partners…</source>
        <translation>בחירת שותפים…</translation>
    </message>
    <message>
        <source>Remove from the coalition…</source>
        <translation>הוצאה מהקואליציה…</translation>
    </message>
    <message>
        <source>What the partner committed: a room, volunteers, a budget…</source>
        <translation>מה השותף התחייב: חדר, מתנדבים, תקציב…</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>התחייבות:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>הצטרף/ה</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <source>Not contacted for long, or a follow-up is due</source>
        <translation>לא היה קשר זמן רב, או שהגיע מועד מעקב</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>התחייבות</translation>
    </message>
    <message>
        <source>Choose partners into the coalition</source>
        <translation>בחירת שותפים לקואליציה</translation>
    </message>
    <message>
        <source>Every partner is in this coalition. Add partners in the Partners area.</source>
        <translation>כל השותפים כבר בקואליציה הזאת. הוסיפו שותפים באזור השותפים.</translation>
    </message>
    <message>
        <source>Partners to join the coalition:</source>
        <translation>שותפים שיצטרפו לקואליציה:</translation>
    </message>
    <message>
        <source>Remove from the coalition</source>
        <translation>הוצאה מהקואליציה</translation>
    </message>
    <message>
        <source>Take “{0}” out of the coalition? The partner itself stays.</source>
        <translation>להוציא את „{0}” מהקואליציה? השותף עצמו נשאר ברשימת השותפים.</translation>
    </message>
</context>
<context>
    <name>MentoringDialog</name>
    <message>
        <source>Mentoring session</source>
        <translation>מפגש ליווי</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>על מה דיברו</translation>
    </message>
    <message>
        <source>What was agreed, who does what</source>
        <translation>מה סוכם, מי עושה מה</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>נושאים:</translation>
    </message>
    <message>
        <source>What was agreed:</source>
        <translation>מה סוכם:</translation>
    </message>
    <message>
        <source>Follow up by:</source>
        <translation>מעקב עד:</translation>
    </message>
</context>
<context>
    <name>MentoringSessionModel</name>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>נושאים</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>מה סוכם</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>מעקב עד</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>מועד המעקב חלף.</translation>
    </message>
</context>
<context>
    <name>MergePreviewModel</name>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>מה שונה</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>שלך</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>שלהם</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>הגרסה המשותפת</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדש</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>השתנה</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>בסתירה</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>נכס</translation>
    </message>
    <message>
        <source>City boundary</source>
        <translation>גבול העיר</translation>
    </message>
    <message>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>population</source>
        <translation>אוכלוסייה</translation>
    </message>
    <message>
        <source>description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>חוזקות</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>צרכים</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>גבול</translation>
    </message>
    <message>
        <source>category</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>position</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>yours kept: {0}</source>
        <translation>שלך נשמר: {0}</translation>
    </message>
    <message>
        <source>Changed here and there since you last shared it (marked ⚠): the choice below decides whose value stays.</source>
        <translation>שונה כאן ושם מאז ששיתפתם אותו לאחרונה (מסומן ⚠): הבחירה למטה קובעת של מי הערך שיישאר.</translation>
    </message>
    <message>
        <source>A record with this name was made separately in your workspace.</source>
        <translation>רשומה בשם הזה נוצרה בנפרד בתיק העבודה שלך.</translation>
    </message>
    <message>
        <source>The package renames it to a name another of your neighborhoods has.</source>
        <translation>החבילה משנה את שמה לשם של שכונה אחרת שלך.</translation>
    </message>
</context>
<context>
    <name>MismatchTableModel</name>
    <message>
        <source>Activity</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>In the work plan</source>
        <translation>בתכנית העבודה</translation>
    </message>
    <message>
        <source>Planned in the budget</source>
        <translation>מתוכנן בתקציב</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
</context>
<context>
    <name>NeighborhoodTableModel</name>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>תושבים</translation>
    </message>
    <message>
        <source>Community coordinator</source>
        <translation>רכז/ת קהילה</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
</context>
<context>
    <name>NeighborhoodsView</name>
    <message>
        <source>Add neighborhood…</source>
        <translation>הוספת שכונה…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>שינוי שם…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>New coordinator…</source>
        <translation>רכז/ת חדש/ה…</translation>
    </message>
    <message>
        <source>Character of the neighborhood, its population, its history…</source>
        <translation>אופי השכונה, האוכלוסייה, ההיסטוריה…</translation>
    </message>
    <message>
        <source>What the neighborhood has: people, places, groups…</source>
        <translation>מה יש בשכונה: אנשים, מקומות, קבוצות…</translation>
    </message>
    <message>
        <source>What the neighborhood needs…</source>
        <translation>מה השכונה צריכה…</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>תושבים:</translation>
    </message>
    <message>
        <source>Community coordinator:</source>
        <translation>רכז/ת קהילה:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>חוזקות:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>צרכים:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>פרופיל</translation>
    </message>
    <message>
        <source>Assets (mapping file)</source>
        <translation>נכסים (תיק מיפוי)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ללא —</translation>
    </message>
    <message>
        <source>Choose a neighborhood to see its profile.</source>
        <translation>בחרו שכונה כדי לראות את הפרופיל שלה.</translation>
    </message>
    <message>
        <source>Neighborhood profile</source>
        <translation>פרופיל שכונה</translation>
    </message>
    <message>
        <source>New neighborhood</source>
        <translation>שכונה חדשה</translation>
    </message>
    <message>
        <source>Name of the neighborhood:</source>
        <translation>שם השכונה:</translation>
    </message>
    <message>
        <source>Rename neighborhood</source>
        <translation>שינוי שם שכונה</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>שם חדש:</translation>
    </message>
    <message>
        <source>Remove the neighborhood “{0}”? Its tasks and profile will be deleted. Its people stay in the workspace without a neighborhood.</source>
        <translation>להסיר את השכונה &quot;{0}&quot;? המשימות והפרופיל שלה יימחקו. האנשים שלה יישארו בסביבת העבודה, ללא שכונה.</translation>
    </message>
    <message>
        <source>Remove neighborhood</source>
        <translation>הסרת שכונה</translation>
    </message>
    <message>
        <source>New community coordinator</source>
        <translation>רכז/ת קהילה חדש/ה</translation>
    </message>
    <message>
        <source>Full name of the coordinator:</source>
        <translation>שם מלא של הרכז/ת:</translation>
    </message>
</context>
<context>
    <name>NewCityDialog</name>
    <message>
        <source>New city</source>
        <translation>עיר חדשה</translation>
    </message>
    <message>
        <source>For example: Be&apos;er Sheva</source>
        <translation>לדוגמה: באר שבע</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>City name:</source>
        <translation>שם העיר:</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>שנת התכנית:</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>קובץ סביבת העבודה:</translation>
    </message>
    <message>
        <source>The whole city is kept in this one file. You can copy it, back it up and open it on another computer.</source>
        <translation>כל העיר נשמרת בקובץ אחד. אפשר להעתיק אותו, לגבות אותו ולפתוח אותו במחשב אחר.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>היכן לשמור את סביבת העבודה</translation>
    </message>
    <message>
        <source>Or Communities workspaces (*{0})</source>
        <translation>סביבות עבודה של קהילות אור (*{0})</translation>
    </message>
    <message>
        <source>Type the city&apos;s name.</source>
        <translation>הקלידו את שם העיר.</translation>
    </message>
    <message>
        <source>The file {0} already exists. Choose another name or folder.</source>
        <translation>הקובץ {0} כבר קיים. בחרו שם או תיקייה אחרים.</translation>
    </message>
</context>
<context>
    <name>NewSourceWizard</name>
    <message>
        <source>A new budget source</source>
        <translation>מקור תקציבי חדש</translation>
    </message>
    <message>
        <source>Who could fund it?</source>
        <translation>מי יכול לממן?</translation>
    </message>
    <message>
        <source>A municipal department, a government ministry, a foundation, a business in the city, a partner organization. Write who, and if you know it, the person to talk to.</source>
        <translation>אגף בעירייה, משרד ממשלתי, קרן, עסק בעיר, ארגון שותף. כתבו מי, ואם ידוע — עם מי מדברים.</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>מי:</translation>
    </message>
    <message>
        <source>How much, and for what?</source>
        <translation>כמה, ועבור מה?</translation>
    </message>
    <message>
        <source>An estimate is enough. Tie it to a project you raise resources for, or say what it would fund.</source>
        <translation>הערכה מספיקה. קשרו אותו לפרויקט שמגייסים לו משאבים, או כתבו מה הוא יממן.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>ללא פרויקט</translation>
    </message>
    <message>
        <source>What it would fund</source>
        <translation>מה הוא יממן</translation>
    </message>
    <message>
        <source>How much:</source>
        <translation>כמה:</translation>
    </message>
    <message>
        <source>Toward project:</source>
        <translation>עבור פרויקט:</translation>
    </message>
    <message>
        <source>For what:</source>
        <translation>עבור מה:</translation>
    </message>
    <message>
        <source>What is the next step, and when?</source>
        <translation>מה הצעד הבא, ומתי?</translation>
    </message>
    <message>
        <source>A first call, a meeting, a letter of intent, a proposal. A step with a date is one that happens.</source>
        <translation>שיחה ראשונה, פגישה, מכתב כוונות, הצעה. צעד עם תאריך הוא צעד שקורה.</translation>
    </message>
    <message>
        <source>A first call to introduce the work</source>
        <translation>שיחה ראשונה להצגת העבודה</translation>
    </message>
    <message>
        <source>A meeting to present the neighborhood&apos;s plan</source>
        <translation>פגישה להצגת תוכנית השכונה</translation>
    </message>
    <message>
        <source>Send a proposal</source>
        <translation>שליחת הצעה</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>הצעד הבא:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>עד:</translation>
    </message>
</context>
<context>
    <name>NextStepsBox</name>
    <message>
        <source>What&apos;s next</source>
        <translation>מה הלאה</translation>
    </message>
    <message>
        <source>Show the task</source>
        <translation>הצגת המשימה</translation>
    </message>
</context>
<context>
    <name>OwnMetricsPanel</name>
    <message>
        <source>New metric…</source>
        <translation>מדד חדש…</translation>
    </message>
    <message>
        <source>Add a measurement…</source>
        <translation>הוספת מדידה…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Metrics of your own: a survey&apos;s score, volunteer hours… Each latest value is colored against its target. Double-click a cell to change it.</source>
        <translation>מדדים משלכם: ציון בסקר, שעות התנדבות… כל ערך אחרון נצבע מול היעד שלו. לחיצה כפולה על תא משנה אותו.</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>מדד חדש</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>הוספת מדידה</translation>
    </message>
    <message>
        <source>Choose a metric in the table first.</source>
        <translation>בחרו קודם מדד בטבלה.</translation>
    </message>
    <message>
        <source>A measurement of {0}</source>
        <translation>מדידה של {0}</translation>
    </message>
    <message>
        <source>Remove the metric “{0}” and all its measurements?</source>
        <translation>להסיר את המדד „{0}” ואת כל המדידות שלו?</translation>
    </message>
    <message>
        <source>Remove a metric</source>
        <translation>הסרת מדד</translation>
    </message>
    <message>
        <source>Metrics of your own</source>
        <translation>מדדים משלכם</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>כל העיר</translation>
    </message>
</context>
<context>
    <name>PartnerFields</name>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>What else the partner can give, in words</source>
        <translation>מה עוד השותף יכול לתת, במילים</translation>
    </message>
    <message>
        <source>How the partner supports the work today</source>
        <translation>איך השותף תומך בעבודה כיום</translation>
    </message>
    <message>
        <source>What support we would like from them</source>
        <translation>איזו תמיכה היינו רוצים לקבל ממנו</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Works in:</source>
        <translation>פועל ב:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>איש/אשת קשר:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>טלפון:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>דוא&quot;ל:</translation>
    </message>
    <message>
        <source>Can contribute:</source>
        <translation>יכול לתרום:</translation>
    </message>
    <message>
        <source>On the grid:</source>
        <translation>במטריצה:</translation>
    </message>
    <message>
        <source>Support now:</source>
        <translation>תמיכה כיום:</translation>
    </message>
    <message>
        <source>Support wanted:</source>
        <translation>תמיכה רצויה:</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>חבר ב:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>קשר אחרון:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>מעקב הבא:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Contact log:</source>
        <translation>יומן קשר:</translation>
    </message>
    <message>
        <source>Influence:</source>
        <translation>השפעה:</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>עניין:</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>רישום קשר…</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
</context>
<context>
    <name>PartnerGrid</name>
    <message>
        <source>Keep satisfied</source>
        <translation>לשמור על שביעות רצון</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>לנהל מקרוב</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>לעקוב</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>לעדכן</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>עניין →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>השפעה →</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>ועוד {0}</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>עדיין לא נרשם קשר.</translation>
    </message>
    <message>
        <source>Not contacted for more than {0} days.</source>
        <translation>לא היה קשר יותר מ-{0} ימים.</translation>
    </message>
    <message>
        <source>Follow-up due since {0}.</source>
        <translation>מעקב נדרש מאז {0}.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>היכן</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>עניין</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>מעקב הבא</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Table</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>מטריצת השפעה/עניין</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>הוספת שותף…</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>חיפוש שותפים…</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>עדיין אין שותפים</translation>
    </message>
    <message>
        <source>The partners table holds the organizations the community work leans on: the municipality&apos;s departments, associations, businesses, schools and residents&apos; committees. Add the first one, or import the list you keep in Excel.</source>
        <translation>שולחן השותפים מחזיק את הגופים שהעבודה הקהילתית נשענת עליהם: אגפי העירייה, עמותות, עסקים, בתי ספר וועדי תושבים. הוסיפו את הראשון, או ייבאו את הרשימה שאתם מחזיקים באקסל.</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>הוספת שותף…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>ייבוא רשימה…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <source>Any forum</source>
        <translation>כל הפורומים</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש תשומת לב</translation>
    </message>
    <message>
        <source>Partners not contacted for too long, or with a follow-up due</source>
        <translation>שותפים שלא היה איתם קשר זמן רב מדי, או שהגיע מועד המעקב שלהם</translation>
    </message>
    <message>
        <source>Flag partners not contacted for more than</source>
        <translation>לסמן שותפים שלא היה איתם קשר מעל</translation>
    </message>
    <message>
        <source>Drag a partner to another cell to change its influence and interest.</source>
        <translation>גררו שותף לתא אחר כדי לשנות את ההשפעה והעניין שלו.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>All neighborhoods</source>
        <translation>כל השכונות</translation>
    </message>
    <message>
        <source>Choose a partner to see and edit it.</source>
        <translation>בחרו שותף כדי לראות ולערוך אותו.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>רישום קשר</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>שותף חדש</translation>
    </message>
    <message>
        <source>Name of the partner:</source>
        <translation>שם השותף:</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>הסרת שותף</translation>
    </message>
    <message>
        <source>Remove the partner “{0}” and its contact log?</source>
        <translation>להסיר את השותף &quot;{0}&quot; ואת יומן הקשר שלו?</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Add person…</source>
        <translation>הוספת אדם…</translation>
    </message>
    <message>
        <source>Search by name, phone, skill…</source>
        <translation>חיפוש לפי שם, טלפון, כישור…</translation>
    </message>
    <message>
        <source>Three letters or more are found anywhere in a name, phone, email or skill; one or two letters find the names that begin with them.</source>
        <translation>שלוש אותיות או יותר נמצאות בכל מקום בשם, בטלפון, בדוא״ל או במיומנות; אות אחת או שתיים מוצאות את השמות שמתחילים בהן.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>עדיין אין אנשים</translation>
    </message>
    <message>
        <source>The residents, activists, building coordinators and leaders of every neighborhood, with their roles and how active they are. Add the first one, or import a list from Excel or CSV.</source>
        <translation>התושבים, הפעילים, רכזי הבניינים והמובילים של כל שכונה, עם תפקידיהם ומידת פעילותם. הוסיפו את הראשון, או ייבאו רשימה מאקסל או מ־CSV.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>הוספת אדם…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>ייבוא רשימה…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>כל התפקידים</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>רק ללא פעילות</translation>
    </message>
    <message>
        <source>Flag activists with no activity for more than</source>
        <translation>לסמן פעילים ללא פעילות מעל</translation>
    </message>
    <message>
        <source>{0} more</source>
        <translation>עוד {0}</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>שם מלא:</translation>
    </message>
    <message>
        <source>All neighborhoods</source>
        <translation>כל השכונות</translation>
    </message>
    <message>
        <source>No neighborhood</source>
        <translation>ללא שכונה</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ללא —</translation>
    </message>
    <message>
        <source>No inactive activists.</source>
        <translation>אין פעילים ללא פעילות.</translation>
    </message>
    <message>
        <source>Inactive activists: {0}</source>
        <translation>פעילים ללא פעילות: {0}</translation>
    </message>
    <message>
        <source>Choose a person to see and edit their details.</source>
        <translation>בחרו אדם כדי לראות ולערוך את פרטיו.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>שינוי סטטוס</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>אדם חדש</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>הסרת אדם</translation>
    </message>
    <message>
        <source>Remove “{0}” and their status history?</source>
        <translation>להסיר את &quot;{0}&quot; יחד עם היסטוריית הסטטוס?</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Languages, a profession, graphics, organizing events…</source>
        <translation>שפות, מקצוע, גרפיקה, הפקת אירועים…</translation>
    </message>
    <message>
        <source>Trainings and courses done</source>
        <translation>הכשרות וקורסים שעבר/ה</translation>
    </message>
    <message>
        <source>Committees and activist groups</source>
        <translation>ועדות וקבוצות פעילים</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>הסכים/ה ליצירת קשר</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>שם מלא:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>תפקידים:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>טלפון:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>דוא&quot;ל:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>כישורים:</translation>
    </message>
    <message>
        <source>Trainings done:</source>
        <translation>הכשרות שעבר/ה:</translation>
    </message>
    <message>
        <source>Committees and groups:</source>
        <translation>ועדות וקבוצות:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>פעילות אחרונה:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>הסכמה:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>בתאריך</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>שינוי סטטוס…</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>כעת: {0}</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Inactive</source>
        <translation>ללא פעילות</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>פעילות אחרונה</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>שימור</translation>
    </message>
    <message>
        <source>An active activist with no activity recorded for longer than the set number of days.</source>
        <translation>פעיל/ה בסטטוס פעיל שלא נרשמה לו/לה פעילות יותר ממספר הימים שנקבע.</translation>
    </message>
</context>
<context>
    <name>PipelineTableModel</name>
    <message>
        <source>Who was asked</source>
        <translation>למי פנינו</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>הסכום המבוקש</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>By</source>
        <translation>עד</translation>
    </message>
    <message>
        <source>Toward project</source>
        <translation>לפרויקט</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>ללא פרויקט</translation>
    </message>
    <message>
        <source>The next step was due on {0}.</source>
        <translation>הצעד הבא היה אמור להתבצע עד {0}.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import a work plan</source>
        <translation>ייבוא תכנית עבודה</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>פירוט</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>קורא את {0}…</translation>
    </message>
    <message>
        <source>The work plan could not be imported: {0}.

Nothing was changed.</source>
        <translation>לא ניתן לייבא את תכנית העבודה: {0}.

דבר לא שונה.</translation>
    </message>
    <message>
        <source>The file could not be read ({0}). Nothing was changed.</source>
        <translation>לא ניתן לקרוא את הקובץ ({0}). דבר לא שונה.</translation>
    </message>
    <message>
        <source>{0} changed, {1} new, {2} deleted in the file, {3} conflicts, {4} rejected, {5} unchanged.</source>
        <translation>{0} השתנו, {1} חדשות, {2} נמחקו בקובץ, {3} בסתירה, {4} נדחו, {5} ללא שינוי.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>השתנו</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדשות</translation>
    </message>
    <message>
        <source>Deleted in the file</source>
        <translation>נמחקו בקובץ</translation>
    </message>
    <message>
        <source>Conflicts (the app&apos;s version is kept)</source>
        <translation>בסתירה (הגרסה שבתוכנה נשמרת)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>נדחו</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>אזהרות</translation>
    </message>
    <message>
        <source>Also remove the {0} activities deleted in the file</source>
        <translation>להסיר גם את {0} הפעולות שנמחקו בקובץ</translation>
    </message>
    <message>
        <source>a formula was typed here ({0}); it comes in as the text typed</source>
        <translation>הוקלדה כאן נוסחה ({0}); היא נקלטת כטקסט שהוקלד</translation>
    </message>
    <message>
        <source>deleted in the file while {0} budget lines point to it; removing it leaves them in the budget, unlinked</source>
        <translation>נמחקה בקובץ בעוד ש-{0} שורות תקציב מפנות אליה; הסרתה משאירה אותן בתקציב, בלי קישור</translation>
    </message>
    <message>
        <source>changed in the app since the file was written</source>
        <translation>השתנתה בתוכנה מאז שהקובץ נכתב</translation>
    </message>
    <message>
        <source>removed in the app since the file was written</source>
        <translation>הוסרה בתוכנה מאז שהקובץ נכתב</translation>
    </message>
    <message>
        <source>deleted in the file, but changed in the app since the file was written</source>
        <translation>נמחקה בקובץ, אבל השתנתה בתוכנה מאז שהקובץ נכתב</translation>
    </message>
    <message>
        <source>an activity of this name was added to the plan in the app since the file was written</source>
        <translation>פעולה בשם הזה נוספה לתכנית בתוכנה מאז שהקובץ נכתב</translation>
    </message>
    <message>
        <source>changed in the app after the preview</source>
        <translation>השתנתה בתוכנה אחרי התצוגה המקדימה</translation>
    </message>
    <message>
        <source>removed in the app after the preview</source>
        <translation>הוסרה בתוכנה אחרי התצוגה המקדימה</translation>
    </message>
    <message>
        <source>the same activity is on more than one row</source>
        <translation>אותה פעולה מופיעה ביותר משורה אחת</translation>
    </message>
    <message>
        <source>the sheet is missing from the workbook; its activities stay as they are</source>
        <translation>הגיליון חסר בחוברת; הפעולות שבו נשארות כפי שהן</translation>
    </message>
    <message>
        <source>the column &quot;{0}&quot; is missing; its values stay as they are</source>
        <translation>העמודה &quot;{0}&quot; חסרה; הערכים שבה נשארים כפי שהם</translation>
    </message>
    <message>
        <source>no partner named &quot;{0}&quot;; the activity comes in without it</source>
        <translation>אין שותף בשם &quot;{0}&quot;; הפעולה נכנסת בלעדיו</translation>
    </message>
    <message>
        <source>no neighborhood named &quot;{0}&quot; in the city</source>
        <translation>אין בעיר שכונה בשם &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>its neighborhood is no longer in the city</source>
        <translation>השכונה שלה כבר אינה בעיר</translation>
    </message>
    <message>
        <source>a value cannot be read: {0}</source>
        <translation>לא ניתן לקרוא ערך: {0}</translation>
    </message>
    <message>
        <source>Applied: {0} activities updated, {1} added, {2} removed.</source>
        <translation>בוצע: {0} פעולות עודכנו, {1} נוספו, {2} הוסרו.</translation>
    </message>
    <message>
        <source>Held back, the app&apos;s version is kept ({0}):</source>
        <translation>לא יובאו, הגרסה שבתוכנה נשמרת ({0}):</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…ועוד {0}.</translation>
    </message>
    <message>
        <source>{0} activities deleted in the file stay in the plan.</source>
        <translation>{0} פעולות שנמחקו בקובץ נשארות בתכנית.</translation>
    </message>
    <message>
        <source>{0} rows could not be read and were left out.</source>
        <translation>{0} שורות לא נקראו ולא יובאו.</translation>
    </message>
    <message>
        <source>{0}, row {1}</source>
        <translation>{0}, שורה {1}</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>פרויקט</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>נדרש</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>גויס</translation>
    </message>
    <message>
        <source>Still asked for</source>
        <translation>עוד מבוקש</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>עוד חסר</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
</context>
<context>
    <name>ReadingModel</name>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>אוכלוסייה</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>חוזקות</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>צרכים</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>אתגרים</translation>
    </message>
    <message>
        <source>Community coordinator</source>
        <translation>רכז/ת קהילה</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Neighborhoods</source>
        <translation>שכונות</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>כישורים</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>הכשרות</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>ועדות</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>פעילות אחרונה</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>הסכמה ליצירת קשר</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>תאריך ההסכמה</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>נוסף בתאריך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>איש/אשת קשר</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>תרומה</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>תרומות</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>עניין</translation>
    </message>
    <message>
        <source>Support now</source>
        <translation>תמיכה כיום</translation>
    </message>
    <message>
        <source>Support wanted</source>
        <translation>תמיכה רצויה</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>חברויות</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>מעקב הבא</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>מטרה</translation>
    </message>
    <message>
        <source>Stage task</source>
        <translation>משימת שלב</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>אגף</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>תקציב מתוכנן</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Committees formed</source>
        <translation>ועדות שהוקמו</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>קו אורך</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>קו רוחב</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>סדר יום</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>הסכום הדרוש</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>תקציב</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>נסגר</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>התחייבות</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>כנס</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>איש/אשת קשר</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>תאריך ביצוע</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>משימות המשך</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>גורם מממן</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>שעות</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>איך מגישים</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>מוזמנים</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>הצטרפות</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>שימוש אחרון</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>מוביל/ת</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>הצעד הבא</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>תאריך הצעד הבא</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>מה מציעים</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>נפתח</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>תוכנית עבודה</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>סדר</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>פרויקט</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>מטרה</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>פונים</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>כללים</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>מנהל/ת</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>את מי מחפשים</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>חיפוש…</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} מתוך {1}</translation>
    </message>
    <message>
        <source>All neighborhoods</source>
        <translation>כל השכונות</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
</context>
<context>
    <name>RejectReason</name>
    <message>
        <source>No name</source>
        <translation>אין שם</translation>
    </message>
    <message>
        <source>The name is too long</source>
        <translation>השם ארוך מדי</translation>
    </message>
    <message>
        <source>A text is too long</source>
        <translation>אחד הטקסטים ארוך מדי</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>אינו מספר טלפון</translation>
    </message>
    <message>
        <source>Not an email address</source>
        <translation>אינה כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <source>No such neighborhood in the workspace</source>
        <translation>אין שכונה כזו בסביבת העבודה</translation>
    </message>
    <message>
        <source>Not a known role</source>
        <translation>תפקיד לא מוכר</translation>
    </message>
    <message>
        <source>Not a known kind of partner</source>
        <translation>סוג שותף לא מוכר</translation>
    </message>
    <message>
        <source>Influence and interest go from 1 to 5</source>
        <translation>השפעה ועניין צריכים להיות בין 1 ל-5</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Why it cannot come in</source>
        <translation>למה לא ניתן לייבא</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>הערך בקובץ</translation>
    </message>
</context>
<context>
    <name>RespondentsPanel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>מי נענו</translation>
    </message>
    <message>
        <source>Add who answered…</source>
        <translation>הוספת מי שנענה…</translation>
    </message>
    <message>
        <source>Make a leader</source>
        <translation>מינוי למוביל/ה</translation>
    </message>
    <message>
        <source>Make a coordinator</source>
        <translation>מינוי לרכז/ת קהילה</translation>
    </message>
    <message>
        <source>Add who answered</source>
        <translation>הוספת מי שנענה</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>התחברות לשרת הצוות</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>שרת:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>פורט:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>מסד נתונים:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>שם משתמש:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>סיסמה:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Fetch street-map tiles from OpenStreetMap over the internet</source>
        <translation>להוריד אריחי מפת רחובות מ-OpenStreetMap דרך האינטרנט</translation>
    </message>
    <message>
        <source>none: neighborhoods on a plain background</source>
        <translation>ללא: השכונות על רקע פשוט</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>שפת הממשק:</translation>
    </message>
    <message>
        <source>Online map:</source>
        <translation>מפה מקוונת:</translation>
    </message>
    <message>
        <source>Tile package on disk (MBTiles):</source>
        <translation>חבילת אריחים בדיסק (MBTiles):</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language; your work stays open.</source>
        <translation>החלון ייבנה מחדש בשפה שנבחרה; העבודה שלכם נשארת פתוחה.</translation>
    </message>
    <message>
        <source>Tile package</source>
        <translation>חבילת אריחים</translation>
    </message>
    <message>
        <source>Tile packages (*.mbtiles)</source>
        <translation>חבילות אריחים (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <source>Neighborhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>No gathering space yet</source>
        <translation>עדיין אין מרחב התכנסות</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>שעות פתיחה</translation>
    </message>
    <message>
        <source>Agreed rules</source>
        <translation>כללים מוסכמים</translation>
    </message>
    <message>
        <source>e.g. Sunday to Thursday, 17:00–21:00</source>
        <translation>לדוגמה: ראשון עד חמישי, 17:00–21:00</translation>
    </message>
    <message>
        <source>One rule on each line</source>
        <translation>כלל אחד בכל שורה</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>שעות פתיחה:</translation>
    </message>
    <message>
        <source>Agreed rules:</source>
        <translation>כללים מוסכמים:</translation>
    </message>
    <message>
        <source>Choose a neighborhood to see its gathering space.</source>
        <translation>בחרו שכונה כדי לראות את מרחב ההתכנסות שלה.</translation>
    </message>
    <message>
        <source>Gathering space — {0}</source>
        <translation>מרחב התכנסות — {0}</translation>
    </message>
    <message>
        <source>Remove the gathering space of {0}?</source>
        <translation>להסיר את מרחב ההתכנסות של {0}?</translation>
    </message>
    <message>
        <source>Remove gathering space</source>
        <translation>הסרת מרחב התכנסות</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Stage {0}</source>
        <translation>שלב {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} מתוך {1} הושלמו</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>שינוי סטטוס</translation>
    </message>
    <message>
        <source>Why, if it helps to remember</source>
        <translation>הסיבה, אם זה יעזור לזכור</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>סטטוס חדש:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>הערה:</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Choose a task to see and edit it.</source>
        <translation>בחרו משימה כדי לראות ולערוך אותה.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>ניקוי התאריך</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>Notes: what was done, what is next, who to talk to…</source>
        <translation>הערות: מה נעשה, מה הלאה, עם מי לדבר…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>אחראי/ת:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>תאריך יעד:</translation>
    </message>
    <message>
        <source>Date done:</source>
        <translation>תאריך ביצוע:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Tools for this task</source>
        <translation>כלים למשימה</translation>
    </message>
    <message>
        <source>The guide names no special tool for this task.</source>
        <translation>המדריך אינו מציין כלי מיוחד למשימה זו.</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>פתיחה: {0}</translation>
    </message>
    <message>
        <source>Will open in the “{0}” area, which is being built.</source>
        <translation>ייפתח באזור &quot;{0}&quot;, שנמצא בבנייה.</translation>
    </message>
</context>
<context>
    <name>TaskOfferBar</name>
    <message>
        <source>Mark the task done</source>
        <translation>סימון המשימה כהושלמה</translation>
    </message>
    <message>
        <source>{0}. Task {1}, “{2}”, can be marked done.</source>
        <translation>{0}. אפשר לסמן את משימה {1}, „{2}”, כהושלמה.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>#</source>
        <translation>מס&apos;</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>בוצע ב־</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>The city&apos;s wording</source>
        <translation>הנוסח של העיר</translation>
    </message>
    <message>
        <source>{city} and {neighborhood} are replaced by their names when a document is written.</source>
        <translation>כשהמסמך נכתב, {city} ו־{neighborhood} מוחלפים בשמות העיר והשכונה.</translation>
    </message>
    <message>
        <source>Keep this wording</source>
        <translation>שמירת הנוסח</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>שחזור ברירת המחדל</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <source>Replace your city&apos;s wording of “{0}” with the app&apos;s default?</source>
        <translation>להחליף את הנוסח של העיר ל„{0}” בנוסח ברירת המחדל של התוכנה?</translation>
    </message>
    <message>
        <source>The city&apos;s wording…</source>
        <translation>הנוסח של העיר…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Or Communities</source>
        <translation>קהילות אור</translation>
    </message>
    <message>
        <source>Building communities in every neighborhood of the city — step by step.</source>
        <translation>בונים קהילה בכל שכונה בעיר – צעד אחר צעד.</translation>
    </message>
    <message>
        <source>New city…</source>
        <translation>עיר חדשה…</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>פתיחת סביבת עבודה…</translation>
    </message>
    <message>
        <source>Open the demo city</source>
        <translation>פתיחת עיר ההדגמה</translation>
    </message>
    <message>
        <source>Team server…</source>
        <translation>שרת הצוות…</translation>
    </message>
    <message>
        <source>Workspaces you open will be listed here.</source>
        <translation>סביבות העבודה שתפתחו יופיעו כאן.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>סביבות עבודה אחרונות</translation>
    </message>
    <message>
        <source>Or Communities workspaces (*{0})</source>
        <translation>סביבות עבודה של קהילות אור (*{0})</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>פתיחת סביבת עבודה</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>לא ניתן לפתוח את סביבת העבודה</translation>
    </message>
    <message>
        <source>The file {0} was not found, so it was removed from the recent list.</source>
        <translation>הקובץ {0} לא נמצא, ולכן הוסר מרשימת האחרונים.</translation>
    </message>
</context>
<context>
    <name>WorkPlanGoals</name>
    <message>
        <source>Add a goal</source>
        <translation>הוספת מטרה</translation>
    </message>
    <message>
        <source>The goal:</source>
        <translation>המטרה:</translation>
    </message>
    <message>
        <source>Rename a goal</source>
        <translation>שינוי שם מטרה</translation>
    </message>
    <message>
        <source>Move a goal</source>
        <translation>הזזת מטרה</translation>
    </message>
</context>
<context>
    <name>WorkPlansPages</name>
    <message>
        <source>Plan:</source>
        <translation>תכנית:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>שכונה:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>שנה:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>מטרה</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>תקציב</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>הוספת פעולה…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>הסרה…</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>העתקה מ…</translation>
    </message>
    <message>
        <source>This plan is empty</source>
        <translation>התכנית ריקה</translation>
    </message>
    <message>
        <source>Start from the guide&apos;s plan: its stages as goals and their tasks as activities, ready for owners, dates and a budget. Or build the plan yourself: a goal, then its activities.</source>
        <translation>התחילו מהתכנית של המדריך: שלביו כמטרות ומשימותיהם כפעולות, מוכנות לאחראים, לתאריכים ולתקציב. או בנו את התכנית בעצמכם: מטרה, ואחריה הפעולות שלה.</translation>
    </message>
    <message>
        <source>Start from the guide&apos;s plan</source>
        <translation>התחלה מהתכנית של המדריך</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>הוספת מטרה…</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>הוספת מטרה…</translation>
    </message>
    <message>
        <source>Rename goal…</source>
        <translation>שינוי שם מטרה…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>הזזה למעלה</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>הזזה למטה</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>מטרות</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>ללא תאריך התחלה</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>ללא תאריך סיום</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>מטרה:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>פעולה:</translation>
    </message>
    <message>
        <source>Journey task:</source>
        <translation>משימה בתהליך:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>אחראי/ת:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>אגף ברשות:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>שותפים:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>התחלה:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>סיום:</translation>
    </message>
    <message>
        <source>Planned budget:</source>
        <translation>תקציב מתוכנן:</translation>
    </message>
    <message>
        <source>Success metric:</source>
        <translation>מדד הצלחה:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>יעד:</translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation>הושג:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ינו׳</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>פבר׳</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>מרץ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>אפר׳</translation>
    </message>
    <message>
        <source>May</source>
        <translation>מאי</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>יוני</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>יולי</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>אוג׳</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>ספט׳</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>אוק׳</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>נוב׳</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>דצמ׳</translation>
    </message>
    <message>
        <source>City</source>
        <translation>העיר</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>פרויקטים עירוניים</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <source>starts or ends on Shabbat or a holiday of rest</source>
        <translation>מתחילה או מסתיימת בשבת או בחג שבו נחים</translation>
    </message>
    <message>
        <source>on the eve of one</source>
        <translation>בערב שבת או חג</translation>
    </message>
    <message>
        <source>on another holiday</source>
        <translation>בחג או מועד אחר</translation>
    </message>
    <message>
        <source>point at a bar for the dates</source>
        <translation>הצביעו על פס כדי לראות את התאריכים</translation>
    </message>
</context>
<context>
    <name>WorkPlansView</name>
    <message>
        <source>Plan</source>
        <translation>תכנית</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>פרויקטים עירוניים</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>כל העיר</translation>
    </message>
    <message>
        <source>All neighborhoods</source>
        <translation>כל השכונות</translation>
    </message>
    <message>
        <source>Add a neighborhood first: a neighborhood work plan belongs to one.</source>
        <translation>הוסיפו קודם שכונה: תכנית עבודה שכונתית שייכת לשכונה.</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>ללא משימה</translation>
    </message>
    <message>
        <source>{0}&apos;s plan</source>
        <translation>התכנית של {0}</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>כל האחראים</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>הוספת פעולה</translation>
    </message>
    <message>
        <source>Add a goal first; each activity serves a goal.</source>
        <translation>הוסיפו קודם מטרה; כל פעולה משרתת מטרה.</translation>
    </message>
    <message>
        <source>The activity:</source>
        <translation>הפעולה:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove the activity {0}?</source>
        <translation>להסיר את הפעולה {0}?</translation>
    </message>
    <message>
        <source>Copy a plan</source>
        <translation>העתקת תכנית</translation>
    </message>
    <message>
        <source>{0} is empty; there is nothing to copy from it.</source>
        <translation>{0} ריקה; אין בה מה להעתיק.</translation>
    </message>
    <message>
        <source>Add the goals and activities of {0} to this plan? Dates move to {1}; status starts as planned.</source>
        <translation>להוסיף לתכנית הזו את המטרות והפעולות של {0}? התאריכים יועברו ל-{1}; הסטטוס יתחיל כ&quot;מתוכנן&quot;.</translation>
    </message>
    <message>
        <source>The guide&apos;s plan</source>
        <translation>התכנית של המדריך</translation>
    </message>
    <message>
        <source>Export the work plan</source>
        <translation>ייצוא תכנית העבודה</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>חוברת Excel‏ (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>לא ניתן לכתוב את {0}: {1}</translation>
    </message>
    <message>
        <source>The work plan was written to {0}.</source>
        <translation>תכנית העבודה נכתבה אל {0}.</translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation>ייבוא תכנית עבודה</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblem</name>
    <message>
        <source>The file {0} was not found. It may have been moved or deleted.</source>
        <translation>הקובץ {0} לא נמצא. ייתכן שהועבר או נמחק.</translation>
    </message>
    <message>
        <source>The file {0} is not an Or Communities workspace. Choose a file that ends with .orcity.</source>
        <translation>הקובץ {0} אינו סביבת עבודה של קהילות אור. בחרו קובץ שמסתיים ב-‎.orcity.</translation>
    </message>
    <message>
        <source>The workspace {0} is damaged and cannot be opened. Restore it from a backup copy. The file was not changed.</source>
        <translation>סביבת העבודה {0} פגומה ולא ניתן לפתוח אותה. שחזרו אותה מעותק גיבוי. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>The workspace {0} was made by a newer version of Or Communities. Update the app to open it. The file was not changed.</source>
        <translation>סביבת העבודה {0} נוצרה בגרסה חדשה יותר של קהילות אור. עדכנו את התוכנה כדי לפתוח אותה. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>The file {0} already exists. Choose another name or folder.</source>
        <translation>הקובץ {0} כבר קיים. בחרו שם או תיקייה אחרים.</translation>
    </message>
    <message>
        <source>Cannot write {0}. Choose a folder you are allowed to write to.</source>
        <translation>לא ניתן לכתוב את {0}. בחרו תיקייה שמותר לכתוב בה.</translation>
    </message>
    <message>
        <source>The workspace {0} is open for writing elsewhere. Close it there first.</source>
        <translation>קובץ העבודה {0} פתוח לכתיבה במקום אחר. סגרו אותו שם קודם.</translation>
    </message>
    <message>
        <source>The server of the workspace {0} did not answer. Check the address, the network connection and the password.</source>
        <translation>השרת של סביבת העבודה {0} לא ענה. בדקו את הכתובת, את החיבור לרשת ואת הסיסמה.</translation>
    </message>
    <message>
        <source>The server let you in, but your login has no role in the team of the workspace {0}. The city&apos;s community manager can add you to the team. Nothing was changed.</source>
        <translation>השרת הכניס אותך, אבל למשתמש שלך אין תפקיד בצוות של סביבת העבודה {0}. מנהל/ת הקהילות העירוני/ת יכול/ה לצרף אותך לצוות. דבר לא שונה.</translation>
    </message>
    <message>
        <source>The team workspace {0} was made by an older version of Or Communities. The city&apos;s community manager opens it first with this version, which upgrades it; then it opens here too. Nothing was changed.</source>
        <translation>סביבת העבודה של הצוות {0} נוצרה בגרסה ישנה יותר של קהילות אור. מנהל/ת הקהילות העירוני/ת פותח/ת אותה קודם בגרסה הזו, שמשדרגת אותה, ואז היא נפתחת גם כאן. דבר לא שונה.</translation>
    </message>
    <message>
        <source>The workspace {0} is being written by another program right now. Try again in a moment. The file was not changed.</source>
        <translation>קובץ העבודה {0} נכתב כרגע על ידי תוכנה אחרת. נסו שוב בעוד רגע. הקובץ לא שונה.</translation>
    </message>
</context>
<context>
    <name>WorkspaceShell</name>
    <message>
        <source>{0} · plan year {1}</source>
        <translation>{0} · שנת תכנית {1}</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
</context>
</TS>

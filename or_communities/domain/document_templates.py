"""The default texts of the documents the app writes (a call for applications, a resident-leadership meeting's
agenda), in Hebrew and English. The guide names these tools; their contents are written for this app. A city may
rewrite each in its own words (kept in its workspace, with "restore the default"); {city} and {neighborhood} are
filled in where they appear, and nothing else in a template is read.
"""

from __future__ import annotations

from .text import Text

CALL_TITLE = "template.call.title"
CALL_SOUGHT = "template.call.sought"
CALL_OFFERED = "template.call.offered"
CALL_HOW_TO_APPLY = "template.call.how_to_apply"
MEETING_AGENDA = "template.meeting.agenda"
CONFERENCE_CHECKLIST = "template.conference.checklist"

TEMPLATES: dict[str, Text] = {
    CALL_TITLE: Text(
        "קול קורא: הצטרפו למנהיגות השכונה {neighborhood}",
        "Call for applications: join the leadership of {neighborhood}",
    ),
    CALL_SOUGHT: Text(
        "עיריית {city} מזמינה תושבות ותושבים של שכונת {neighborhood} שאכפת להם מהשכונה להצטרף לצוות המנהיגות "
        "השכונתי: להוביל יוזמות, לחבר בין שכנים, ולהיות הקול של השכונה מול העירייה והשותפים.\n"
        "אין צורך בניסיון קודם — רק רצון להשפיע וכמה שעות בחודש.",
        "The municipality of {city} invites the residents of {neighborhood} who care about their neighborhood to "
        "join its leadership team: to lead initiatives, connect neighbors, and be the neighborhood's voice towards "
        "the municipality and its partners.\nNo previous experience is needed — only the wish to make a difference "
        "and a few hours a month.",
    ),
    CALL_OFFERED: Text(
        "• הכשרה למנהיגות קהילתית וליווי אישי לאורך השנה.\n"
        "• תקציב ליוזמות שכונתיות שהצוות בוחר.\n"
        "• קשר ישיר עם אגפי העירייה והשותפים בעיר.\n"
        "• קהילה של שכנים שעושים יחד.",
        "• Training in community leadership and personal accompaniment through the year.\n"
        "• A budget for neighborhood initiatives the team chooses.\n"
        "• A direct line to the municipality's departments and the city's partners.\n"
        "• A community of neighbors who act together.",
    ),
    CALL_HOW_TO_APPLY: Text(
        "ממלאים טופס קצר (שם, טלפון, כתובת בשכונה ומה הייתם רוצים לקדם) ושולחים עד תאריך הסיום, או פונים "
        "לאיש/אשת הקשר. כל הפונים יוזמנו למפגש היכרות.",
        "Fill in a short form (name, phone, address in the neighborhood, and what you would like to promote) and "
        "send it by the closing date, or contact the person below. Everyone who applies is invited to a first "
        "meeting.",
    ),
    MEETING_AGENDA: Text(
        "היכרות: סבב שמות, מאיזה רחוב ולמה באתי\n"
        "חזון שכונתי: איך נרצה שהשכונה תיראה בעוד שלוש שנים\n"
        "מיפוי צרכים וכוחות: מה חסר בשכונה ומה כבר יש בה\n"
        "בחירת רכז/ת קהילה לשכונה\n"
        "סיכום: החלטות, מי עושה מה ומתי, ומועד המפגש הבא",
        "Introductions: names, which street, and why I came\n"
        "A neighborhood vision: how we want the neighborhood to look in three years\n"
        "Needs and strengths: what the neighborhood lacks and what it already has\n"
        "Choosing a community coordinator for the neighborhood\n"
        "Wrap-up: decisions, who does what by when, and the next meeting's date",
    ),
    CONFERENCE_CHECKLIST: Text(
        "42 לקבוע תאריך ולשריין מקום נגיש לכנס\n"
        "35 לבנות תוכנית: פתיחה, סבב היכרות, מעגלי שיחה ובחירת ועדות\n"
        "28 להזמין שותפים ונציגי העירייה\n"
        "21 לשלוח הזמנות לתושבים: בערוצי השכונה, בתיבות הדואר ובמודעות\n"
        "14 לבדוק נגישות: כניסה, ישיבה, הגברה ותרגום לפי הצורך\n"
        "10 להכין רשימת ועדות וקבוצות פעילים שיוצעו בכנס\n"
        "7 להכין חומרים: דפי הרשמה לוועדות, שלטים, תגי שם\n"
        "3 תזכורת לתושבים ולשותפים\n"
        "1 כיבוד, ציוד וחלוקת תפקידים ביום הכנס",
        "42 Set the date and book an accessible place\n"
        "35 Build the program: opening, introductions, discussion circles, choosing committees\n"
        "28 Invite the partners and the municipality's representatives\n"
        "21 Send the invitations to the residents: the neighborhood's channels, mailboxes and posters\n"
        "14 Check accessibility: entrance, seating, sound and translation as needed\n"
        "10 Prepare the list of committees and activist groups to offer at the conference\n"
        "7 Prepare materials: sign-up sheets for the committees, signs, name tags\n"
        "3 Remind the residents and the partners\n"
        "1 Refreshments, equipment and who does what on the day",
    ),
}

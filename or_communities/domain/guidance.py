"""The guidance the app gives where the work is done, by the guide's tool it serves: the default texts.

The guide names these tools; their contents are written for this app. A city may rewrite any of them in its own
words (kept in its workspace, with "restore the default"), so these are defaults, not fixed text.
"""

from __future__ import annotations

from .text import Text

GUIDANCE: dict[str, Text] = {
    "gathering_space_rules": Text(
        "• מקום קבוע ונגיש: קרוב לתושבים, נגיש לכיסאות גלגלים ולעגלות, עם שירותים.\n"
        "• שעות פתיחה קבועות שהתושבים יודעים בעל־פה, ומי מחזיק/ה במפתח בכל יום.\n"
        "• כללים שמסכמים יחד עם התושבים — ניקיון, רעש, שימוש בציוד, מי מזמין את המקום — וכותבים אותם כאן.\n"
        "• לוח אירועים גלוי במרחב ובערוצי השכונה, כדי שכל אחד/ת יידע/תדע מה קורה ומתי.\n"
        "• אחת לרבעון: לשאול את המשתמשים מה עובד ומה לשנות, ולעדכן את הכללים.",
        "• A steady, accessible place: close to the residents, reachable with a wheelchair or a stroller, with toilets.\n"
        "• Fixed opening hours the residents know by heart, and who holds the key on each day.\n"
        "• Rules agreed with the residents — cleaning, noise, the equipment, who books the place — written here.\n"
        "• A visible board of what is on, in the space and on the neighborhood's channels.\n"
        "• Once a quarter: ask the people who use it what works and what to change, and update the rules.",
    ),
    "communication_tips": Text(
        "• לכל ערוץ יש מי שמנהל/ת אותו, ועוד אדם שמחליף/ה בהיעדרות.\n"
        "• קצב קבוע: עדכון שבועי קצר עדיף על הודעות רבות בפרצים.\n"
        "• תוכן שהתושבים מייצרים בעצמם — תמונות מאירועים, יוזמות, תודות — שווה יותר מהודעות רשמיות.\n"
        "• כללי קבוצה קצרים ומוסכמים (בלי פוליטיקה, בלי פרסומות), מוצמדים בראש הערוץ.\n"
        "• ערוץ ששקט חודש: לשאול את המנהל/ת מה קרה, ולחדש אותו באירוע או בשאלה לתושבים.",
        "• Every channel has someone who runs it, and someone who stands in when they are away.\n"
        "• A steady rhythm: a short weekly update beats bursts of many messages.\n"
        "• Content the residents make themselves — photos from events, initiatives, thanks — is worth more than official notices.\n"
        "• Short, agreed group rules (no politics, no advertising), pinned at the top of the channel.\n"
        "• A channel silent for a month: ask the one who runs it what happened, and revive it with an event or a question to the residents.",
    ),
    "activist_retention": Text(
        "• להוקיר בפומבי ובאופן אישי: תודה בכנס, הודעה אישית, תעודה בסוף שנה.\n"
        "• תפקיד ברור לכל פעיל/ה, בגודל שמתאים לזמן שיש לו/לה.\n"
        "• ליווי אישי: שיחה אחת לחודשיים עם כל פעיל/ה — מה מעניין אותו/ה, מה קשה.\n"
        "• פעיל/ה שלא היה/הייתה פעיל/ה חודשיים: להרים טלפון, לא רק לשלוח הודעה.\n"
        "• הכשרות ומפגשי למידה משותפים — פעילים נשארים כשהם לומדים וגדלים.",
        "• Recognize in public and in person: thanks at the conference, a personal message, a certificate at the end of the year.\n"
        "• A clear role for every activist, sized to the time they have.\n"
        "• Personal accompaniment: a conversation every two months with each activist — what interests them, what is hard.\n"
        "• An activist quiet for two months: call them, do not only send a message.\n"
        "• Trainings and shared learning — activists stay when they learn and grow.",
    ),
    "partner_retention": Text(
        "• קשר קבוע, גם כשאין בקשה: עדכון קצר פעם בחודש או חודשיים.\n"
        "• לשתף בהישגים — מספרים, תמונות, סיפור של תושב/ת — ולהזכיר את חלקו של השותף בהם.\n"
        "• לשתף בהחלטות: להזמין לשולחן השותפים ולוועדות, ולא רק לבקש משאבים.\n"
        "• לדעת מה השותף צריך: כל שותפות טובה נותנת לשני הצדדים.\n"
        "• שותף שלא דיברנו איתו זמן רב או שמועד המעקב שלו הגיע — מסומן כאן ובמסע.",
        "• Regular contact, also when there is nothing to ask: a short update every month or two.\n"
        "• Share the results — numbers, photos, a resident's story — and the partner's part in them.\n"
        "• Involve them in decisions: invite them to the partners table and the committees, not only for resources.\n"
        "• Know what the partner needs: a good partnership gives to both sides.\n"
        "• A partner not contacted for long, or whose follow-up is due, is flagged here and on the journey.",
    ),
    "budget_sources": Text(
        "• למפות מקורות: משרדי ממשלה וקולות קוראים, קרנות ותורמים, עסקים מקומיים, שותפים בעירייה.\n"
        "• לכל מקור: למי פונים, על כמה, לאיזה פרויקט, היכן זה עומד — ומה הצעד הבא ומתי.\n"
        "• מקור פתוח בלי צעד הבא ותאריך הוא מקור שנשכח: כאן הוא מסומן כשהמועד עבר.\n"
        "• לחבר כל מקור לפרויקט שהוא מממן, כדי לראות כמה חסר לכל פרויקט.\n"
        "• מקור שאושר עובר לתקציב כהכנסה מאושרת; מקור שנדחה — לרשום למה, לפעם הבאה.",
        "• Map the sources: government ministries and their calls, foundations and donors, local businesses, partners in the municipality.\n"
        "• For each source: whom you ask, for how much, for which project, where it stands — and the next step and when.\n"
        "• An open source with no next step and date is a forgotten source: it is flagged here when its date has passed.\n"
        "• Tie each source to the project it funds, to see what each project still lacks.\n"
        "• A committed source goes into the budget as committed income; a declined one — note why, for next time.",
    ),
}
"""The default guidance by the tool it serves (a key of ``catalog.TOOLS``)."""

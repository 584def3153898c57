"""The floor of start-up on this stack: Qt widgets, SQLAlchemy's ORM, one row read, an empty window."""

import gc
import sys

# The floor is the cheapest way to do this work, with the app's two start-up measures:
# no garbage collection until the window is up, and SQLAlchemy imported before PySide6
# (which reads the source of every module imported after it).
gc.disable()
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    session.execute(text("SELECT name FROM city LIMIT 1")).one()
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())

// SessionDetailsView, offscreen, on the spec's example 2 run through the real validator (its ENERGY volumes are in
// Wh) and on a copy missing connector_id: selecting a finding with the keyboard selects its field row and marks
// exactly the offending value in the JSON (the object holding a missing member); selecting a field marks its bytes;
// Copy as JSON puts the record in the clipboard; a record whose JSON was not kept says so. Every model the view
// shows runs under QAbstractItemModelTester.
#include "sessiondetailsview.h"

#include "detailsroles.h"
#include "findingsmodel.h"
#include "sessionfields.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>

namespace {

QByteArray example2()
{
    QFile f(QStringLiteral(OSM_FIXTURES "/spec/session_example_2_short_finished.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return f.readAll();
}

struct Record
{
    QByteArray json;
    Ocpi::Session session;
    Ocpi::Findings findings;
};

Record validated(const QByteArray &json)
{
    Record r{json, {}, {}};
    Ocpi::SessionValidator v;
    r.session = v.validate(std::string_view(json.constData(), size_t(json.size())), &r.findings);
    return r;
}

int findingRow(const QAbstractItemModel *m, QLatin1StringView code)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rule: ") + code))
            return r;
    }
    return -1;
}

} // namespace

class TestSessionDetailsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<Views::SessionDetailsView>();
        m_view->resize(1100, 800);
        for (QAbstractItemModel *m : {m_view->findingsView()->model(), m_view->fieldsView()->model(),
                                      m_view->periodsView()->model()}) {
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::Fatal, m);
        }
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void findingSelectsFieldAndValue()
    {
        const Record r = validated(example2());
        QVERIFY(!r.session.isValid());
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: example 2"));
        QAbstractItemModel *findings = m_view->findingsView()->model();
        const int row = findingRow(findings, QLatin1StringView("energy.unit_wh"));
        QVERIFY(row >= 0);

        // With the keyboard: focus the findings list, go to the first row, then down to the finding.
        m_view->findingsView()->setFocus();
        QTest::keyClick(m_view->findingsView(), Qt::Key_Home);
        for (int k = 0; k < row; ++k)
            QTest::keyClick(m_view->findingsView(), Qt::Key_Down);
        QCOMPARE(m_view->findingsView()->currentIndex().row(), row);

        const QModelIndex field = m_view->fieldsView()->currentIndex();
        QCOMPARE(field.siblingAtColumn(SessionFieldsModel::FieldColumn).data().toString(), QStringLiteral("Charging periods"));
        QVERIFY(m_view->fieldsView()->selectionModel()->isRowSelected(field.row(), field.parent()));
        QCOMPARE(field.data(DetailsModel::SeverityRole).toInt(), int(Ocpi::Severity::Error));

        // The JSON: the cursor and the strong mark cover exactly the offending value, "41000" of period 2.
        const QString path = QStringLiteral("/charging_periods/1/dimensions/0/volume");
        const Ocpi::PrettyJson pretty = Ocpi::PrettyJson::format(std::string_view(r.json.constData(), size_t(r.json.size())));
        const Ocpi::JsonRange range = pretty.range(path);
        QVERIFY(range.isValid());
        QCOMPARE(m_view->jsonView()->toPlainText(), pretty.text());
        const QTextCursor cursor = m_view->jsonView()->textCursor();
        QCOMPARE(cursor.selectionStart(), int(range.offset));
        QCOMPARE(cursor.selectionEnd(), int(range.offset + range.length));
        QCOMPARE(cursor.selectedText(), QStringLiteral("41000"));
        const QList<QTextEdit::ExtraSelection> marks = m_view->jsonView()->extraSelections();
        QCOMPARE(marks.size(), r.findings.size() + 1); // each finding's spot, and the selected one
        QCOMPARE(marks.last().cursor.selectedText(), QStringLiteral("41000"));

        // The period the finding is about is selected in the periods table too.
        QCOMPARE(m_view->periodsView()->currentIndex().row(), 1);

        // Tooltips carry the full text and the rule.
        const QString tip = findings->index(row, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("Rule: energy.unit_wh")));
        QVERIFY(tip.contains(QStringLiteral("mod_cdrs 10.4.3 CdrDimensionType")));
        QVERIFY(m_view->copyFindingAction()->isEnabled());
    }

    void missingFieldMarksTheObject()
    {
        QByteArray json = example2();
        json.replace("\"connector_id\": \"1\",", "");
        const Record r = validated(json);
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: example 2 without connector_id"));
        QAbstractItemModel *findings = m_view->findingsView()->model();
        const int row = findingRow(findings, QLatin1StringView("field.required"));
        QVERIFY(row >= 0);
        QCOMPARE(findings->index(row, FindingsModel::PathColumn).data().toString(), QStringLiteral("/connector_id"));

        m_view->findingsView()->selectionModel()->setCurrentIndex(
            findings->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_view->fieldsView()->currentIndex().data().toString(), QStringLiteral("Connector id"));
        QCOMPARE(m_view->fieldsView()->currentIndex().siblingAtColumn(SessionFieldsModel::FindingsColumn).data().toString(),
                 QStringLiteral("Error: required field 'connector_id' is missing (required since OCPI 2.2; 2.1.1 "
                                "sessions had no connector_id)"));
        // Marked: the whole record, the object that should hold the member.
        const QTextCursor cursor = m_view->jsonView()->textCursor();
        QCOMPARE(cursor.selectionStart(), 0);
        QCOMPARE(cursor.selectionEnd(), int(m_view->jsonView()->toPlainText().size()));
    }

    void fieldMarksItsBytes()
    {
        const Record r = validated(example2());
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: example 2"));
        QTreeView *tree = m_view->fieldsView();
        QModelIndex id;
        for (int g = 0; g < tree->model()->rowCount() && !id.isValid(); ++g) {
            const QModelIndex group = tree->model()->index(g, 0);
            for (int f = 0; f < tree->model()->rowCount(group); ++f) {
                if (tree->model()->index(f, 0, group).data().toString() == QStringLiteral("Token uid"))
                    id = tree->model()->index(f, 0, group);
            }
        }
        QVERIFY(id.isValid());
        QVERIFY(tree->isExpanded(id.parent()));
        tree->setCurrentIndex(id);
        QCOMPARE(m_view->jsonView()->textCursor().selectedText(), QStringLiteral("\"123abc\""));

        // A period row marks its object.
        m_view->periodsView()->setCurrentIndex(m_view->periodsView()->model()->index(2, 0));
        QVERIFY(m_view->jsonView()->textCursor().selectedText().contains(QStringLiteral("\"tariff_id\": \"12\"")));
    }

    void copyAsJson()
    {
        const Record r = validated(example2());
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: example 2"));
        QVERIFY(m_view->copyJsonAction()->isEnabled());
        QCOMPARE(m_view->copyJsonAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QGuiApplication::clipboard()->clear();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->findingsView()->setFocus();
        QTest::keyClick(m_view->findingsView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QJsonParseError error;
        const QJsonDocument copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(copied, QJsonDocument::fromJson(r.json));

        // Copy finding (Ctrl+C in the findings list): the selected finding in full.
        m_view->findingsView()->setCurrentIndex(m_view->findingsView()->model()->index(0, 0));
        QTest::keyClick(m_view->findingsView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), FindingsModel::describe(r.findings.first()));
    }

    void jsonNotKept()
    {
        const Record r = validated(example2());
        m_view->setSession(r.session, r.findings, QByteArray(), QStringLiteral("poll: cpo.example"));
        QVERIFY(m_view->jsonView()->toPlainText().isEmpty());
        const auto labels = m_view->findChildren<QLabel *>();
        const bool said = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(QStringLiteral("was not kept"));
        });
        QVERIFY(said);
        QVERIFY(!m_view->copyJsonAction()->isEnabled());
        // Selecting a finding still selects its field.
        m_view->findingsView()->setCurrentIndex(m_view->findingsView()->model()->index(0, 0));
        QCOMPARE(m_view->fieldsView()->currentIndex().data().toString(), QStringLiteral("Charging periods"));
        QVERIFY(!m_view->jsonView()->textCursor().hasSelection());
    }

    void invalidJsonShownAsReceived()
    {
        const QByteArray json = "{\"id\": \"1\",\n \"kwh\": }";
        const Record r = validated(json);
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: broken"));
        QCOMPARE(m_view->jsonView()->toPlainText(), QString::fromUtf8(json));
        QVERIFY(!m_view->copyJsonAction()->isEnabled());
        m_view->findingsView()->setCurrentIndex(m_view->findingsView()->model()->index(0, 0));
        QCOMPARE(m_view->fieldsView()->currentIndex().data().toString(), QStringLiteral("Whole record"));
    }

    void timeSpecAndClear()
    {
        const Record r = validated(example2());
        m_view->setSession(r.session, r.findings, r.json, QStringLiteral("file: example 2"));
        m_view->setTimeSpec(Qt::LocalTime);
        QCOMPARE(m_view->periodsView()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Start (local time)"));
        m_view->clear();
        QCOMPARE(m_view->findingsView()->model()->rowCount(), 0);
        QCOMPARE(m_view->fieldsView()->model()->rowCount(), 0);
        QCOMPARE(m_view->periodsView()->model()->rowCount(), 0);
        QVERIFY(m_view->jsonView()->toPlainText().isEmpty());
        QVERIFY(!m_view->copyJsonAction()->isEnabled());
    }

    void accessibleNames()
    {
        const auto widgets = m_view->findChildren<QAbstractScrollArea *>();
        QVERIFY(!widgets.isEmpty());
        for (QWidget *w : widgets) {
            if (qobject_cast<QHeaderView *>(w))
                continue; // named by their sections
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

private:
    std::unique_ptr<Views::SessionDetailsView> m_view;
};

QTEST_MAIN(TestSessionDetailsView)
#include "tst_sessiondetailsview.moc"

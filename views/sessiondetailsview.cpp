#include "sessiondetailsview.h"

#include "chargingperiodsmodel.h"
#include "detailsroles.h"
#include "findingsmodel.h"
#include "sessionfields.h"
#include "sessiontablemodel.h"
#include "severityproxy.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

namespace Views {

namespace {

const QRegularExpression &periodPointer()
{
    static const QRegularExpression re(QStringLiteral("^/charging_periods/(\\d+)(/|$)"));
    return re;
}

} // namespace

SessionDetailsView::SessionDetailsView(QWidget *parent)
    : QWidget(parent),
      m_fieldsModel(new SessionFieldsModel(this)),
      m_findingsModel(new FindingsModel(this)),
      m_periodsModel(new ChargingPeriodsModel(this)),
      m_fieldsProxy(new SeverityProxy(SessionFieldsModel::FieldColumn, this)),
      m_findingsProxy(new SeverityProxy(FindingsModel::SeverityColumn, this)),
      m_periodsProxy(new SeverityProxy(-1, this)),
      m_title(new QLabel(this)),
      m_findingsView(new QTreeView),
      m_fieldsView(new QTreeView),
      m_tabs(new QTabWidget),
      m_jsonStatus(new QLabel),
      m_json(new QPlainTextEdit),
      m_periodsView(new QTableView),
      m_copyJson(new QAction(tr("Copy as &JSON"), this)),
      m_copyFinding(new QAction(tr("Copy &Finding"), this))
{
    m_fieldsProxy->setSourceModel(m_fieldsModel);
    m_findingsProxy->setSourceModel(m_findingsModel);
    m_periodsProxy->setSourceModel(m_periodsModel);

    m_title->setAccessibleName(tr("Selected session"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setAccessibleDescription(
        tr("Problems found in the session; selecting one shows its field and its place in the JSON"));
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->header()->setStretchLastSection(false);
    m_findingsView->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_findingsView->setColumnWidth(FindingsModel::PathColumn, 170);
    m_findingsView->setColumnWidth(FindingsModel::SpecColumn, 190);

    m_fieldsView->setModel(m_fieldsProxy);
    m_fieldsView->setAccessibleName(tr("Session fields"));
    m_fieldsView->setAccessibleDescription(tr("The session's fields by topic, each with its findings"));
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Labels as wide as the longest, so the values get the rest of a narrow pane.
    m_fieldsView->header()->setSectionResizeMode(SessionFieldsModel::FieldColumn, QHeaderView::ResizeToContents);
    m_fieldsView->setColumnWidth(SessionFieldsModel::ValueColumn, 200);

    m_json->setReadOnly(true);
    m_json->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Record JSON"));
    m_json->setAccessibleDescription(tr("The record's JSON text, pretty-printed, with the findings' places marked"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setAccessibleName(tr("JSON status"));
    m_jsonStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_periodsView->setModel(m_periodsProxy);
    m_periodsView->setAccessibleName(tr("Charging periods"));
    m_periodsView->setAccessibleDescription(
        tr("One row per charging period; overlaps and gaps are named in the Timing column"));
    m_periodsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periodsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodsView->verticalHeader()->setDefaultSectionSize(m_periodsView->fontMetrics().height() + 6);
    m_periodsView->horizontalHeader()->setStretchLastSection(true);

    auto *jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_jsonStatus);
    jsonLayout->addWidget(m_json, 1);
    m_tabs->addTab(jsonPage, tr("JSON"));
    m_tabs->addTab(m_periodsView, tr("Charging periods"));
    m_tabs->setAccessibleName(tr("Record JSON and charging periods"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("Findings and fields"));
    splitter->addWidget(m_findingsView);
    auto *lower = new QSplitter(Qt::Horizontal, splitter);
    lower->setAccessibleName(tr("Fields and JSON"));
    lower->addWidget(m_fieldsView);
    lower->addWidget(m_tabs);
    lower->setSizes({620, 580});
    splitter->setSizes({160, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    setTabOrder(m_findingsView, m_fieldsView);
    setTabOrder(m_fieldsView, m_tabs);

    m_copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyJson->setToolTip(tr("Copy the record's JSON, pretty-printed, to the clipboard"));
    connect(m_copyJson, &QAction::triggered, this, &SessionDetailsView::copyJson);
    addAction(m_copyJson);
    m_copyFinding->setShortcut(QKeySequence::Copy);
    m_copyFinding->setShortcutContext(Qt::WidgetShortcut);
    m_copyFinding->setToolTip(tr("Copy the selected finding with its rule and spec section"));
    connect(m_copyFinding, &QAction::triggered, this, &SessionDetailsView::copyFinding);
    m_findingsView->addAction(m_copyFinding);
    m_findingsView->addAction(m_copyJson);
    m_findingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_json->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_json->addAction(m_copyJson);

    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionDetailsView::findingSelected);
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionDetailsView::itemSelected);
    connect(m_periodsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionDetailsView::itemSelected);

    clear();
}

SessionDetailsView::~SessionDetailsView() = default;

void SessionDetailsView::setSession(const Ocpi::Session &session, const Ocpi::Findings &findings,
                                    const QByteArray &json, const QString &sourceName)
{
    const QString key = SessionTableModel::keyOf(session);
    //: %1 the session's key (CC*PPP*ID), %2 where it came from
    m_title->setText(tr("Session %1 from %2").arg(key.isEmpty() ? tr("(no id)") : key, sourceName));

    m_fieldsModel->setSession(session, findings);
    m_findingsModel->setFindings(findings);
    m_periodsModel->setSession(session);
    m_fieldsView->expandAll();
    m_periodsView->resizeColumnsToContents();

    m_pretty = json.isEmpty() ? Ocpi::PrettyJson()
                              : Ocpi::PrettyJson::format(std::string_view(json.constData(), size_t(json.size())));
    m_findingSpots.clear();
    if (json.isEmpty()) {
        m_jsonStatus->setText(tr("The record's JSON text was not kept, so it cannot be shown or copied."));
    } else if (!m_pretty.isValid()) {
        m_jsonStatus->setText(tr("Shown as received: %1").arg(m_pretty.error()));
    } else {
        for (const Ocpi::Finding &f : findings)
            m_findingSpots.push_back(m_pretty.locate(f.path));
    }
    m_jsonStatus->setVisible(json.isEmpty() || !m_pretty.isValid());
    m_json->setPlainText(m_pretty.text());
    markJson({}, -1);
    m_copyJson->setEnabled(m_pretty.isValid() && !json.isEmpty());
    m_copyFinding->setEnabled(false);
}

void SessionDetailsView::clear()
{
    m_title->setText(tr("No session selected: select one in the sessions table."));
    m_fieldsModel->clear();
    m_findingsModel->clear();
    m_periodsModel->clear();
    m_pretty = {};
    m_findingSpots.clear();
    m_json->clear();
    m_jsonStatus->hide();
    markJson({}, -1);
    m_copyJson->setEnabled(false);
    m_copyFinding->setEnabled(false);
}

void SessionDetailsView::setTimeSpec(Qt::TimeSpec spec)
{
    m_timeSpec = spec;
    m_fieldsModel->setTimeSpec(spec);
    m_periodsModel->setTimeSpec(spec);
}

void SessionDetailsView::findingSelected(const QModelIndex &current)
{
    m_copyFinding->setEnabled(current.isValid());
    if (!current.isValid())
        return;
    const int row = current.row();
    const Ocpi::Finding &f = m_findingsModel->finding(row);

    const QModelIndex field = m_fieldsProxy->mapFromSource(m_fieldsModel->indexForPath(f.path));
    m_syncing = true;
    m_fieldsView->selectionModel()->setCurrentIndex(
        field, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_fieldsView->scrollTo(field);
    const QRegularExpressionMatch period = periodPointer().match(f.path);
    if (period.hasMatch()) {
        const int periodRow = period.captured(1).toInt();
        if (periodRow < m_periodsModel->rowCount()) {
            const QModelIndex p = m_periodsProxy->index(periodRow, 0);
            m_periodsView->selectionModel()->setCurrentIndex(
                p, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_periodsView->scrollTo(p);
        }
    }
    m_syncing = false;

    markJson(size_t(row) < m_findingSpots.size() ? m_findingSpots[size_t(row)].range : Ocpi::JsonRange{},
             int(f.severity));
}

void SessionDetailsView::itemSelected(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const QVariant pointer = current.data(DetailsModel::PointerRole);
    const QVariant severity = current.data(DetailsModel::SeverityRole);
    markJson(pointer.isValid() ? m_pretty.locate(pointer.toString()).range : Ocpi::JsonRange{},
             severity.isValid() ? severity.toInt() : -1);
}

// Every finding's spot gets a light tint (for a missing member only the head of the object that lacks it, so a
// missing top-level field does not tint the whole record); `selected` (if valid) is marked strongly, selected
// with the text cursor and scrolled into view.
void SessionDetailsView::markJson(const Ocpi::JsonRange &selected, int severity)
{
    QList<QTextEdit::ExtraSelection> marks;
    const Ocpi::Findings &findings = m_findingsModel->findings();
    for (size_t i = 0; i < m_findingSpots.size(); ++i) {
        const Ocpi::JsonLocation &spot = m_findingSpots[i];
        if (!spot.range.isValid())
            continue;
        const qsizetype from = spot.exact || spot.range.nameOffset < 0 ? spot.range.offset : spot.range.nameOffset;
        const qsizetype to = spot.exact ? spot.range.offset + spot.range.length : spot.range.offset + 1;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_json->document());
        mark.cursor.setPosition(int(from));
        mark.cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        mark.format.setBackground(SeverityProxy::tint(findings.at(qsizetype(i)).severity));
        marks.append(mark);
    }
    QTextCursor cursor(m_json->document());
    if (selected.isValid()) {
        cursor.setPosition(int(selected.offset));
        cursor.setPosition(int(selected.offset + selected.length), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection mark;
        mark.cursor = cursor;
        mark.format.setBackground(severity >= 0 ? SeverityProxy::strongTint(Ocpi::Severity(severity))
                                                : palette().color(QPalette::Highlight).lighter(160));
        mark.format.setFontUnderline(true);
        marks.append(mark);
    }
    m_json->setExtraSelections(marks);
    m_json->setTextCursor(cursor);
    if (selected.isValid())
        m_json->centerCursor();
}

void SessionDetailsView::copyJson()
{
    if (m_copyJson->isEnabled())
        QGuiApplication::clipboard()->setText(m_pretty.text());
}

void SessionDetailsView::copyFinding()
{
    const QModelIndex current = m_findingsView->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(FindingsModel::describe(m_findingsModel->finding(current.row())));
}

} // namespace Views

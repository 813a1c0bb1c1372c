#include "livesessionsview.h"

#include <QtGui/QFont>

#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/datetime.h"
#include "ocpi/enums.h"

#include <QtCore/QDateTime>
#include <QtCore/QIdentityProxyModel>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QColor>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QMenu>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Views {

namespace {

// Adds colours to the raw model: status and validity in colour next to their text (never colour alone), and
// a short highlight of rows that changed in the last poll.
class SessionDisplayProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            if (index.column() == SessionModel::Status)
                return statusColor(index.data(SessionModel::StatusRole).toInt());
            if (index.column() == SessionModel::Validity) {
                const int severity = index.data(SessionModel::SeverityRole).toInt();
                return severity == 2 ? QColor(0xb0, 0x00, 0x20) : severity == 1 ? QColor(0x9a, 0x5b, 0x00) : QVariant();
            }
            if (index.data(SessionModel::StaleRole).toBool())
                return QColor(0x80, 0x80, 0x80);
        }
        if (role == Qt::FontRole && index.data(SessionModel::CachedSeenRole).toLongLong() > 0) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setItalic(true); // from the offline cache, not seen again yet (the Status column says so in words)
            return font;
        }
        if (role == Qt::BackgroundRole) {
            const qint64 changed = index.data(SessionModel::ChangedAtRole).toLongLong();
            if (changed > m_highlightAfter && QDateTime::currentMSecsSinceEpoch() - changed < kHighlightMs)
                return QColor(0xff, 0xf4, 0xc2); // changed in the last poll
        }
        return QIdentityProxyModel::data(index, role);
    }

    static constexpr qint64 kHighlightMs = 8000;
    // Rows that changed before this time are not highlighted (the first load is not a change).
    qint64 m_highlightAfter = std::numeric_limits<qint64>::max();

private:
    static QVariant statusColor(int status)
    {
        switch (Ocpi::SessionStatus(status)) {
        case Ocpi::SessionStatus::Active:
            return QColor(0x1b, 0x6e, 0x20);
        case Ocpi::SessionStatus::Pending:
        case Ocpi::SessionStatus::Reservation:
            return QColor(0x1f, 0x4e, 0x8c);
        case Ocpi::SessionStatus::Invalid:
            return QColor(0xb0, 0x00, 0x20);
        case Ocpi::SessionStatus::Completed:
        case Ocpi::SessionStatus::Unknown:
            break;
        }
        return {};
    }
};

} // namespace

LiveSessionsView::LiveSessionsView(SessionFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_filter(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_validity(new QComboBox(this)), m_started(new QComboBox(this)), m_source(new QComboBox(this)),
      m_columnsMenu(new QMenu(tr("&Columns"), this)), m_startedTimer(new QTimer(this)),
      m_pollNow(new QPushButton(tr("Poll &now"), this)),
      m_table(new QTableView(this))
{
    auto *display = new SessionDisplayProxy(this);
    m_display = display;
    display->setSourceModel(proxy);

    m_filter->setPlaceholderText(tr("Filter by id, location, EVSE or token (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Session filter"));
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, proxy, &SessionFilterProxy::setTextFilter);

    // Status: all, or one status (the mask of SessionFilter).
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setToolTip(tr("Show sessions of one status only"));
    m_status->addItem(tr("All statuses"), int(SessionFilter::kAllStatuses));
    const std::pair<Ocpi::SessionStatus, QString> statuses[] = {
        {Ocpi::SessionStatus::Active, tr("Active")},       {Ocpi::SessionStatus::Pending, tr("Pending")},
        {Ocpi::SessionStatus::Completed, tr("Completed")}, {Ocpi::SessionStatus::Invalid, tr("Invalid")},
        {Ocpi::SessionStatus::Reservation, tr("Reservation")}};
    for (const auto &[status, name] : statuses)
        m_status->addItem(name, int(SessionFilter::statusBit(status)));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(quint8(m_status->currentData().toInt())); });

    m_validity->setAccessibleName(tr("Validity filter"));
    m_validity->setToolTip(tr("Show sessions by what checking them against OCPI 2.2.1 found"));
    m_validity->addItem(tr("Any validity"), int(SessionFilter::Validity::All));
    m_validity->addItem(tr("With errors"), int(SessionFilter::Validity::Errors));
    m_validity->addItem(tr("Warnings only"), int(SessionFilter::Validity::Warnings));
    m_validity->addItem(tr("Valid"), int(SessionFilter::Validity::Valid));
    connect(m_validity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setValidityFilter(SessionFilter::Validity(m_validity->currentData().toInt())); });

    // Start time: a window back from now (hours), applied when chosen.
    m_started->setAccessibleName(tr("Start time filter"));
    m_started->setToolTip(tr("Show sessions that started within this time before now"));
    m_started->addItem(tr("Any start"), 0);
    m_started->addItem(tr("Started in the last hour"), 1);
    m_started->addItem(tr("Started in the last 24 hours"), 24);
    m_started->addItem(tr("Started in the last 7 days"), 24 * 7);
    m_started->addItem(tr("Started in the last 30 days"), 24 * 30);
    connect(m_started, &QComboBox::currentIndexChanged, this, &LiveSessionsView::applyStarted);
    m_startedTimer->setInterval(60 * 1000);
    connect(m_startedTimer, &QTimer::timeout, this, &LiveSessionsView::applyStarted);

    m_source->setAccessibleName(tr("Source filter"));
    m_source->setToolTip(tr("Show the sessions of one endpoint or file"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSources({});
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSourceFilter(m_source->currentData().toInt()); });

    m_pollNow->setAccessibleName(tr("Poll now"));
    m_pollNow->setToolTip(tr("Ask the endpoint for changes now (F5)"));
    connect(m_pollNow, &QPushButton::clicked, this, &LiveSessionsView::pollNowRequested);

    m_table->setModel(display);
    m_table->setAccessibleName(tr("Live sessions"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionModel::LastUpdated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int widths[] = {95, 120, 220, 150, 150, 75, 105, 95, 95, 150, 110, 150, 120};
    for (int c = 0; c < SessionModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // The status column fits its longest text in this language ("Completed (cached)", "Abgeschlossen (Cache)").
    const int statusWidth = m_table->fontMetrics().horizontalAdvance(SessionTableModel::cachedStatusName(Ocpi::SessionStatus::Completed)) + 16;
    m_table->setColumnWidth(SessionModel::Status, std::max(widths[SessionModel::Status], statusWidth));

    // Column chooser: the header's context menu, and the window's View menu.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &LiveSessionsView::updateColumnsMenu);
    for (int c = 0; c < SessionModel::ColumnCount; ++c) {
        QAction *a = m_columnsMenu->addAction(proxy->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, c](bool shown) {
            m_table->setColumnHidden(c, !shown);
            updateColumnsMenu();
        });
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentSessionChanged(currentSourceRow()); });
    // A merge that re-sorts keeps the current session, so the details follow the same session.

    // Two rows, so the text filter keeps its width in a narrow pane.
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_pollNow);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_status);
    choices->addWidget(m_validity);
    choices->addWidget(m_started);
    choices->addWidget(m_source, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    restoreState();
}

void LiveSessionsView::setSources(const QStringList &names)
{
    const int current = m_source->currentData().isValid() ? m_source->currentData().toInt() : -1;
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), -1);
    for (int id = 0; id < names.size(); ++id) {
        if (!names.at(id).isEmpty()) // an empty name: a source that was cleared
            m_source->addItem(names.at(id), id);
    }
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && current != -1)
        m_proxy->setSourceFilter(-1); // the chosen source is gone
}

void LiveSessionsView::applyStarted()
{
    const int hours = m_started->currentData().toInt();
    if (hours <= 0) {
        m_startedTimer->stop();
        m_proxy->setStartRange(Ocpi::kNoTime, Ocpi::kNoTime);
    } else {
        m_startedTimer->start();
        m_proxy->setStartRange(QDateTime::currentMSecsSinceEpoch() - qint64(hours) * 3600 * 1000, Ocpi::kNoTime);
    }
}

void LiveSessionsView::updateColumnsMenu()
{
    const QList<QAction *> actions = m_columnsMenu->actions();
    int shown = 0;
    for (int c = 0; c < actions.size(); ++c)
        shown += !m_table->isColumnHidden(c);
    for (int c = 0; c < actions.size(); ++c) {
        QAction *a = actions.at(c);
        const QSignalBlocker block(a);
        a->setText(m_proxy->headerData(c, Qt::Horizontal).toString());
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(m_table->isColumnHidden(c) || shown > 1); // the last shown column stays
    }
}

int LiveSessionsView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    const QModelIndex inProxy = static_cast<QIdentityProxyModel *>(m_display)->mapToSource(current);
    return m_proxy->mapToSource(inProxy).row();
}

QList<int> LiveSessionsView::selectedSourceRows() const
{
    QList<int> rows;
    const auto *display = static_cast<QIdentityProxyModel *>(m_display);
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(display->mapToSource(index)).row());
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        return m_proxy->mapFromSource(m_proxy->sourceModel()->index(a, 0)).row()
               < m_proxy->mapFromSource(m_proxy->sourceModel()->index(b, 0)).row();
    });
    return rows;
}

void LiveSessionsView::selectSourceRow(int row)
{
    QModelIndex inProxy = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!inProxy.isValid()) { // hidden by a filter: show everything again
        m_filter->clear();
        m_status->setCurrentIndex(0);
        m_validity->setCurrentIndex(0);
        m_started->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
        inProxy = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    }
    const QModelIndex index = static_cast<QIdentityProxyModel *>(m_display)->mapFromSource(inProxy);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LiveSessionsView::highlightChangesAfter(qint64 msecs)
{
    static_cast<SessionDisplayProxy *>(m_display)->m_highlightAfter = msecs;
}

void LiveSessionsView::saveState() const
{
    QSettings().setValue(QStringLiteral("liveTable/header"), m_table->horizontalHeader()->saveState());
}

void LiveSessionsView::restoreState()
{
    const QByteArray state = QSettings().value(QStringLiteral("liveTable/header")).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    updateColumnsMenu();
}

} // namespace Views

#include "overviewview.h"

#include "alertmodel.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>
#include <QtCore/QEvent>
#include <QtCore/QIdentityProxyModel>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QColor>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Views {

// One figure of the overview: a big number over its caption, read out as "Active sessions: 12".
class Tile : public QFrame
{
public:
    Tile(const QString &caption, const QString &description, QWidget *parent)
        : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this))
    {
        setFrameShape(QFrame::Box);
        setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so a screen reader reads it out
        setAccessibleDescription(description);
        setToolTip(description);
        QFont big = m_value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        m_value->setFont(big);
        m_value->setAlignment(Qt::AlignCenter);
        m_caption->setAlignment(Qt::AlignCenter);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->addWidget(m_value);
        layout->addWidget(m_caption);
    }

    void setValue(const QString &value)
    {
        m_value->setText(value);
        setAccessibleName(OverviewView::tr("%1: %2", "tile: caption, value").arg(m_caption->text(), value));
    }

protected:
    // The tile with the keyboard focus has a thicker frame.
    void focusInEvent(QFocusEvent *event) override
    {
        setLineWidth(3);
        QFrame::focusInEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        setLineWidth(1);
        QFrame::focusOutEvent(event);
    }

private:
    QLabel *m_value;
    QLabel *m_caption;
};

namespace {

// Adds to the raw alerts model what a view needs: a severity icon next to the severity text (never colour
// alone) and acknowledged alerts in grey.
class AlertDisplayProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AlertModel::Severity) {
            const bool critical = index.data(AlertModel::SeverityRole).toInt() == int(Alerts::Severity::Critical);
            return QApplication::style()->standardIcon(critical ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning);
        }
        if (role == Qt::ForegroundRole && index.data(AlertModel::AcknowledgedRole).toBool())
            return QColor(0x70, 0x70, 0x70);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OverviewView::OverviewView(SessionTableModel *sessions, AlertModel *alerts, QWidget *parent)
    : QWidget(parent), m_sessions(sessions), m_alerts(alerts), m_demo(new QLabel(this)), m_endpoint(new QLabel(this)),
      m_lastPoll(new QLabel(this)), m_nextPoll(new QLabel(this)), m_failures(new QLabel(this)),
      m_alertsTitle(new QLabel(this)), m_alertsTable(new QTableView(this)),
      m_acknowledge(new QPushButton(tr("&Acknowledge"), this)),
      m_acknowledgeAll(new QPushButton(tr("Ac&knowledge all"), this)),
      m_settings(new QPushButton(tr("Alert settin&gs…"), this)), m_countdown(new QTimer(this)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Tiles.
    struct TileText
    {
        const char *caption;
        const char *description;
        const char *name;
    };
    static constexpr TileText kTiles[TileCount] = {
        {QT_TR_NOOP("Active sessions"), QT_TR_NOOP("Sessions with status ACTIVE"), "tile.active"},
        {QT_TR_NOOP("Pending sessions"), QT_TR_NOOP("Sessions with status PENDING"), "tile.pending"},
        {QT_TR_NOOP("Completed sessions"), QT_TR_NOOP("Sessions with status COMPLETED"), "tile.completed"},
        {QT_TR_NOOP("Invalid sessions"), QT_TR_NOOP("Sessions with status INVALID"), "tile.invalid"},
        {QT_TR_NOOP("Reservations"), QT_TR_NOOP("Sessions with status RESERVATION"), "tile.reservation"},
        {QT_TR_NOOP("Total power now"), QT_TR_NOOP("Power of the ACTIVE sessions still listed, in kW"), "tile.power"},
        {QT_TR_NOOP("Energy today"), QT_TR_NOOP("kWh of the sessions started today"), "tile.kwhToday"},
        {QT_TR_NOOP("With errors"), QT_TR_NOOP("Sessions with validation errors"), "tile.errors"},
        {QT_TR_NOOP("Not listed"), QT_TR_NOOP("Sessions their source no longer lists (stale)"), "tile.stale"},
    };
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[size_t(i)] = new Tile(tr(kTiles[i].caption), tr(kTiles[i].description), this);
        m_tiles[size_t(i)]->setObjectName(QLatin1StringView(kTiles[i].name));
        tiles->addWidget(m_tiles[size_t(i)]);
    }
    connect(sessions, &SessionTableModel::totalsChanged, this, &OverviewView::updateTiles);

    // Connection.
    QFont bold = m_demo->font();
    bold.setBold(true);
    m_demo->setFont(bold);
    m_demo->setText(tr("DEMO DATA: sessions from the built-in simulator, not a real operator"));
    m_demo->setAccessibleName(tr("Demo data"));
    m_demo->setFrameShape(QFrame::Box);
    m_demo->setAutoFillBackground(true);
    QPalette demoPalette = m_demo->palette();
    demoPalette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
    demoPalette.setColor(QPalette::WindowText, Qt::black);
    m_demo->setPalette(demoPalette);
    m_demo->setObjectName(QStringLiteral("demoBanner"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_lastPoll->setAccessibleName(tr("Last poll"));
    m_nextPoll->setAccessibleName(tr("Next poll"));
    m_failures->setAccessibleName(tr("Failed polls"));
    for (QLabel *label : {m_demo, m_endpoint, m_lastPoll, m_nextPoll, m_failures}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connection);
    for (QLabel *label : {m_demo, m_endpoint, m_lastPoll, m_nextPoll, m_failures})
        connectionLayout->addWidget(label);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OverviewView::updateConnection);

    // Alerts.
    auto *display = new AlertDisplayProxy(this);
    display->setSourceModel(alerts);
    m_alertsTable->setModel(display);
    m_alertsTable->setAccessibleName(tr("Active alerts"));
    m_alertsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_alertsTable->setTabKeyNavigation(false);
    m_alertsTable->verticalHeader()->setVisible(false);
    m_alertsTable->horizontalHeader()->setStretchLastSection(true);
    m_alertsTable->setWordWrap(false);
    m_alertsTable->setColumnWidth(AlertModel::Severity, 170);
    m_alertsTable->setColumnWidth(AlertModel::Raised, 160);
    m_alertsTable->setColumnWidth(AlertModel::Concerns, 220);
    m_alertsTitle->setBuddy(m_alertsTable);
    connect(m_alertsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString subject = index.data(AlertModel::KeyRole).toString();
        if (index.data(AlertModel::ConcernsEndpointRole).toBool())
            Q_EMIT endpointActivated(subject);
        else
            Q_EMIT sessionActivated(subject);
    });

    // Space acknowledges the selected alerts, also from the table's context menu.
    auto *acknowledgeAction = new QAction(tr("Acknowledge"), m_alertsTable);
    acknowledgeAction->setShortcut(Qt::Key_Space);
    acknowledgeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(acknowledgeAction, &QAction::triggered, this, &OverviewView::acknowledgeSelected);
    m_alertsTable->addAction(acknowledgeAction);
    m_alertsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alerts"));
    m_acknowledge->setToolTip(tr("Mark the selected alerts as seen (Space in the list); they stay listed until resolved"));
    m_acknowledgeAll->setAccessibleName(tr("Acknowledge all alerts"));
    m_settings->setAccessibleName(tr("Alert settings"));
    m_settings->setToolTip(tr("Thresholds of the alert rules"));
    connect(m_acknowledge, &QPushButton::clicked, this, &OverviewView::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, alerts, &AlertModel::acknowledgeAll);
    connect(m_settings, &QPushButton::clicked, this, &OverviewView::alertSettingsRequested);
    connect(m_alertsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewView::updateAlertControls);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(alerts, signal, this, &OverviewView::updateAlertControls);
    connect(alerts, &QAbstractItemModel::layoutChanged, this, &OverviewView::updateAlertControls); // many alerts resolved at once
    connect(alerts, &QAbstractItemModel::dataChanged, this, &OverviewView::updateAlertControls);
    connect(alerts, &QAbstractItemModel::modelReset, this, &OverviewView::updateAlertControls);

    auto *alertButtons = new QHBoxLayout;
    alertButtons->addWidget(m_alertsTitle, 1);
    alertButtons->addWidget(m_acknowledge);
    alertButtons->addWidget(m_acknowledgeAll);
    alertButtons->addWidget(m_settings);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(tiles);
    layout->addWidget(connection);
    layout->addLayout(alertButtons);
    layout->addWidget(m_alertsTable, 1);

    updateTiles();
    updateConnection();
    updateAlertControls();
}

OverviewView::~OverviewView() = default;

void OverviewView::setConnectionState(const ConnectionState &state)
{
    m_state = state;
    updateConnection();
}

void OverviewView::setTimeSpec(Qt::TimeSpec spec)
{
    m_timeSpec = spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC;
    m_alerts->setTimeSpec(m_timeSpec);
    updateConnection();
}

void OverviewView::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    updateConnection();
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange) {
        updateTiles();
        updateConnection();
    }
    QWidget::changeEvent(event);
}

void OverviewView::updateTiles()
{
    const QLocale l = locale();
    const auto counts = m_sessions->statusCounts();
    const auto count = [&](Ocpi::SessionStatus s) { return l.toString(counts[size_t(s)]); };
    m_tiles[Active]->setValue(count(Ocpi::SessionStatus::Active));
    m_tiles[Pending]->setValue(count(Ocpi::SessionStatus::Pending));
    m_tiles[Completed]->setValue(count(Ocpi::SessionStatus::Completed));
    m_tiles[Invalid]->setValue(count(Ocpi::SessionStatus::Invalid));
    m_tiles[Reservation]->setValue(count(Ocpi::SessionStatus::Reservation));
    m_tiles[PowerNow]->setValue(tr("%1 kW").arg(l.toString(m_sessions->totalPowerKw(), 'f', 1)));
    m_tiles[KwhToday]->setValue(tr("%1 kWh").arg(l.toString(m_sessions->kwhToday(), 'f', 1)));
    m_tiles[WithErrors]->setValue(l.toString(m_sessions->sessionsWithErrors()));
    m_tiles[Stale]->setValue(l.toString(m_sessions->staleCount()));
}

QString OverviewView::timeText(qint64 msecs) const
{
    // The zone is written out: "14:03:07 UTC", "15:03:07 CET".
    return QDateTime::fromMSecsSinceEpoch(msecs, m_timeSpec).toString(QStringLiteral("HH:mm:ss t"));
}

void OverviewView::updateConnection()
{
    const ConnectionState &s = m_state;
    m_demo->setVisible(s.demo);
    m_endpoint->setText(s.endpoint.isEmpty() ? tr("No live source") : tr("Endpoint: %1").arg(s.endpoint));

    if (s.lastPollEnd <= 0)
        m_lastPoll->setText(tr("No poll has finished yet"));
    else if (s.lastPollOk)
        m_lastPoll->setText(tr("Last poll at %1: OK · %2").arg(timeText(s.lastPollEnd), s.lastPollText));
    else
        m_lastPoll->setText(tr("Last poll FAILED at %1: %2").arg(timeText(s.lastPollEnd), s.lastPollText));

    const qint64 left = s.nextPollAt - m_clock();
    if (s.polling)
        m_nextPoll->setText(tr("Polling now…"));
    else if (s.nextPollAt > 0 && left > 0)
        m_nextPoll->setText(tr("Next poll in %Ln s (at %1)", nullptr, int((left + 999) / 1000)).arg(timeText(s.nextPollAt)));
    else if (s.nextPollAt > 0)
        m_nextPoll->setText(tr("Next poll due now"));
    else
        m_nextPoll->setText(tr("No poll scheduled"));

    m_failures->setVisible(s.consecutiveFailures > 0);
    m_failures->setText(tr("%Ln poll(s) in a row failed: %1", nullptr, s.consecutiveFailures).arg(s.errorCause));

    // The countdown ticks only while there is one to show.
    if (s.nextPollAt > 0 && !s.polling && left > 0)
        m_countdown->start();
    else
        m_countdown->stop();
}

void OverviewView::updateAlertControls()
{
    const int unacknowledged = m_alerts->unacknowledgedCount();
    m_alertsTitle->setText(m_alerts->rowCount() == 0
                               ? tr("Ale&rts: none")
                               : tr("Ale&rts: %Ln listed, %1 not acknowledged", nullptr, m_alerts->rowCount())
                                     .arg(locale().toString(unacknowledged)));
    m_acknowledgeAll->setEnabled(unacknowledged > 0);
    m_acknowledge->setEnabled(unacknowledged > 0 && m_alertsTable->selectionModel()->hasSelection());
}

void OverviewView::acknowledgeSelected()
{
    QModelIndexList rows = m_alertsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_alertsTable->currentIndex().isValid())
        rows.append(m_alertsTable->currentIndex());
    for (const QModelIndex &index : std::as_const(rows))
        m_alerts->acknowledge(index.row()); // the display proxy keeps the rows of the model
}

} // namespace Views

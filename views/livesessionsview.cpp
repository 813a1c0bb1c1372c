#include "livesessionsview.h"

#include "sessionfilterproxy.h"
#include "sessionroles.h"

#include "ocpi/enums.h"

#include <QtCore/QDateTime>
#include <QtCore/QIdentityProxyModel>
#include <QtCore/QSettings>
#include <QtGui/QColor>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

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
    : QWidget(parent), m_proxy(proxy), m_filter(new QLineEdit(this)), m_pollNow(new QPushButton(tr("Poll &now"), this)),
      m_table(new QTableView(this))
{
    auto *display = new SessionDisplayProxy(this);
    m_display = display;
    display->setSourceModel(proxy);

    m_filter->setPlaceholderText(tr("Filter by id, location, EVSE or token (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Session filter"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, proxy, &SessionFilterProxy::setTextFilter);

    m_pollNow->setAccessibleName(tr("Poll now"));
    m_pollNow->setToolTip(tr("Ask the endpoint for changes now (F5)"));
    connect(m_pollNow, &QPushButton::clicked, this, &LiveSessionsView::pollNowRequested);

    m_table->setModel(display);
    m_table->setAccessibleName(tr("Live sessions"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionModel::LastUpdated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int widths[] = {95, 120, 220, 150, 150, 75, 105, 95, 95, 150, 110, 150, 120};
    for (int c = 0; c < SessionModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_pollNow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    restoreState();
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
}

} // namespace Views

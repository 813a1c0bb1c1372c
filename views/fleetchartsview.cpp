#include "fleetchartsview.h"

#include "chartdata.h"
#include "chartwidget.h"
#include "energyindex.h"
#include "sessiontablemodel.h"
#include "statushistory.h"

#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Views {

FleetChartsView::FleetChartsView(const SessionTableModel *model, const StatusHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_history(history)
    , m_index(new EnergyIndex(model, this))
    , m_energy(new ChartWidget(this))
    , m_status(new ChartWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_energy);
    layout->addWidget(m_status);
    setAccessibleName(tr("Fleet charts"));

    updateEnergyTitle();
    m_energy->setEmptyText(tr("No energy delivered yet"));
    m_status->setTitle(tr("Sessions by status"));
    m_status->setEmptyText(tr("No status recorded yet"));

    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &FleetChartsView::refresh);
    connect(m_model, &SessionTableModel::merged, this, &FleetChartsView::scheduleRefresh);
    connect(m_model, &SessionTableModel::modelReset, this, &FleetChartsView::scheduleRefresh); // clear()
    connect(m_history, &StatusHistory::recorded, this, &FleetChartsView::scheduleRefresh);
}

void FleetChartsView::setTimeSpec(Qt::TimeSpec spec)
{
    m_spec = spec;
    m_status->setTimeSpec(spec);
    m_energy->setTimeSpec(spec);
    if (isVisible())
        refresh(); // the hours themselves change
    else
        m_stale = true;
}

void FleetChartsView::setRefreshInterval(int ms)
{
    m_intervalMs = std::max(ms, 0);
}

void FleetChartsView::setEnergyWindowHours(int hours)
{
    m_windowHours = std::max(hours, 1);
    updateEnergyTitle();
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void FleetChartsView::updateEnergyTitle()
{
    //: chart title; %n: hours shown, e.g. "Energy delivered per hour (last 48 h)"
    m_energy->setTitle(tr("Energy delivered per hour (last %n h)", nullptr, m_windowHours));
}

void FleetChartsView::refresh()
{
    m_throttle.stop();
    m_stale = false;
    m_sinceRefresh.start();
    const ChartData::RecentHours energy = m_index->latestHours(m_spec, m_windowHours);
    m_energy->setBars(energy.series, ChartData::kHourMs, energy.window);
    m_status->setLines(m_history->series());
    Q_EMIT refreshed();
}

void FleetChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

// A refresh once the interval since the last one has passed; while hidden, only a note to refresh when shown.
void FleetChartsView::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_throttle.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : m_intervalMs;
    m_throttle.start(int(std::max<qint64>(m_intervalMs - since, 0)));
}

} // namespace Views

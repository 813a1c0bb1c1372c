// The fleet's charts: energy delivered per hour (bars, from every session's charging periods) over a recent
// window (the last 48 h up to the latest hour with energy) and sessions by status over time (lines, from a
// StatusHistory). The energy comes from an EnergyIndex that follows the model's row signals, so a refresh costs
// O(slots of the window shown), not O(charging periods of the fleet). Refreshed on demand, or after the model
// merges or the history records, at most once per refresh interval and only while visible.
#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class EnergyIndex;
class SessionTableModel;
class StatusHistory;

namespace Views {

class ChartWidget;

class FleetChartsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshIntervalMs = 1000;
    static constexpr int kDefaultEnergyWindowHours = 48;

    // Both must outlive the view.
    FleetChartsView(const SessionTableModel *model, const StatusHistory *history, QWidget *parent = nullptr);

    // Hours in UTC (default) or local time: re-buckets the energy and relabels both time axes.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_spec; }
    // The least time between two refreshes caused by merges (default 1 s).
    void setRefreshInterval(int ms);
    // How many hours the energy chart shows (at least 1, default 48): those up to the end of the latest hour with
    // energy, so old sessions in the table do not stretch it over years. Named in the chart's title.
    void setEnergyWindowHours(int hours);
    int energyWindowHours() const { return m_windowHours; }

    ChartWidget *energyChart() const { return m_energy; }
    ChartWidget *statusChart() const { return m_status; }
    // The energy per 15-minute slot the energy chart is drawn from, kept up to date with the model's rows.
    const EnergyIndex *energyIndex() const { return m_index; }

public Q_SLOTS:
    // Recomputes and redraws both charts now.
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void updateEnergyTitle();

    const SessionTableModel *m_model;
    const StatusHistory *m_history;
    EnergyIndex *m_index; // listens to m_model from construction on, visible or not
    ChartWidget *m_energy;
    ChartWidget *m_status;
    QTimer m_throttle;
    QElapsedTimer m_sinceRefresh;
    int m_intervalMs = kDefaultRefreshIntervalMs;
    int m_windowHours = kDefaultEnergyWindowHours;
    Qt::TimeSpec m_spec = Qt::UTC;
    bool m_stale = true; // data changed while hidden
};

} // namespace Views

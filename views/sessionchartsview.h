// The selected session's chart: cumulative energy (kWh, left axis), power (kW, right) and, where the charger
// reports it, state of charge (%, right) over its charging periods (mod_cdrs 10.4.6).
#pragma once

#include <QtWidgets/QWidget>

namespace Ocpi {
class Session;
}

namespace Views {

class ChartWidget;

class SessionChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionChartsView(QWidget *parent = nullptr);

    // Shows `s`'s periods ("No charging periods" when it has none).
    void setSession(const Ocpi::Session &s);
    // No session selected.
    void clear();
    // Times in UTC (default) or local time.
    void setTimeSpec(Qt::TimeSpec spec);

    ChartWidget *chart() const { return m_chart; }

private:
    ChartWidget *m_chart;
};

} // namespace Views

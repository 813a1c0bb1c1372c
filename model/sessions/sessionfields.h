// Every field of one Session grouped the way people think of them (identity, where, when, energy, cost, token,
// status, other), each with its JSON Pointer and the findings about it, as a tree: groups are the top-level rows,
// fields their children; columns Field / Value / Findings.
//
// A finding belongs to the field whose pointer equals or is a prefix of the finding's path (the longest such);
// failing that, to the first field inside the path (a finding about a whole object such as /total_cost); failing
// that, to a "Whole record" row of the Record group, which exists only when it has findings.
#pragma once

#include "ocpi/finding.h"
#include "ocpi/session.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QLocale>

#include <vector>

class SessionFieldsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column : int { FieldColumn, ValueColumn, FindingsColumn, ColumnCount };

    explicit SessionFieldsModel(QObject *parent = nullptr);

    void setSession(const Ocpi::Session &session, const Ocpi::Findings &findings);
    void clear();
    // Times in UTC (default) or local time, the zone written after each time.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }
    // Numbers are formatted with this locale (default: QLocale()).
    void setLocale(const QLocale &locale);

    // The field row (column 0) a finding with this path belongs to; invalid when there is no session.
    QModelIndex indexForPath(const QString &path) const;
    // Indexes into the findings given to setSession() of the findings shown on a field row.
    QList<int> findingRows(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind : quint8 {
        CountryCode, PartyId, Id,
        LocationId, EvseUid, ConnectorId,
        Start, End, Duration, LastUpdated,
        Kwh, PeriodCount, Power, MeterId,
        Currency, CostExclVat, CostInclVat,
        TokenUid, TokenType, TokenContractId, TokenCountryCode, TokenPartyId, AuthMethod, AuthorizationReference,
        Status,
        Unknown, // a field the spec does not define (Session::unknownFieldsJson)
        Record,
    };
    struct Field
    {
        Kind kind;
        QString pointer;     // empty for Duration and Power (derived) and Record (the whole record)
        QString name;        // Unknown: the member name
        QString unknownText; // Unknown: the value as text
        QList<int> findings; // worst first
    };
    struct Group
    {
        QString title;
        std::vector<Field> fields;
    };

    void build();
    void attachFindings();
    void valuesChanged();
    QString label(const Field &f) const;
    QString valueText(const Field &f) const;
    QVariant rawValue(const Field &f) const;
    QString findingsText(const QList<int> &rows) const;
    QString findingsToolTip(const QList<int> &rows) const;
    int worstSeverity(const QList<int> &rows) const;
    QList<int> groupFindings(const Group &g) const;
    QString number(double v) const;
    static bool hasPointer(Kind k) { return k != Kind::Duration && k != Kind::Power; }

    Ocpi::Session m_session;
    Ocpi::Findings m_findings;
    std::vector<Group> m_groups;
    QLocale m_locale;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
};

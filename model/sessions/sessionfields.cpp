#include "sessionfields.h"

#include "detailsroles.h"
#include "findingsmodel.h"
#include "sessionformat.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <cmath>

namespace {
// Group rows have internal id 0; field rows carry their group's row + 1.
constexpr quintptr kGroupId = 0;
} // namespace

SessionFieldsModel::SessionFieldsModel(QObject *parent) : QAbstractItemModel(parent) {}

void SessionFieldsModel::setSession(const Ocpi::Session &session, const Ocpi::Findings &findings)
{
    beginResetModel();
    m_session = session;
    m_findings = findings;
    build();
    attachFindings();
    endResetModel();
}

void SessionFieldsModel::clear()
{
    beginResetModel();
    m_session = {};
    m_findings.clear();
    m_groups.clear();
    endResetModel();
}

void SessionFieldsModel::setTimeSpec(Qt::TimeSpec spec)
{
    if (spec == m_timeSpec)
        return;
    m_timeSpec = spec;
    valuesChanged();
}

void SessionFieldsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    valuesChanged();
}

void SessionFieldsModel::valuesChanged()
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QModelIndex parent = index(g, 0);
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, ValueColumn, parent), index(rows - 1, ValueColumn, parent), {Qt::DisplayRole});
    }
}

// The groups and their fields; pointers as in mod_sessions 9.3.1 Session Object and mod_cdrs 10.4.5 CdrToken.
void SessionFieldsModel::build()
{
    auto field = [](Kind k, const char *pointer) { return Field{k, QLatin1StringView(pointer), {}, {}, {}}; };
    m_groups.clear();
    m_groups.push_back({tr("Identity"),
                        {field(Kind::CountryCode, "/country_code"), field(Kind::PartyId, "/party_id"), field(Kind::Id, "/id")}});
    m_groups.push_back({tr("Where"),
                        {field(Kind::LocationId, "/location_id"), field(Kind::EvseUid, "/evse_uid"),
                         field(Kind::ConnectorId, "/connector_id")}});
    m_groups.push_back({tr("When"),
                        {field(Kind::Start, "/start_date_time"), field(Kind::End, "/end_date_time"),
                         field(Kind::Duration, ""), field(Kind::LastUpdated, "/last_updated")}});
    m_groups.push_back({tr("Energy"),
                        {field(Kind::Kwh, "/kwh"), field(Kind::PeriodCount, "/charging_periods"), field(Kind::Power, ""),
                         field(Kind::MeterId, "/meter_id")}});
    m_groups.push_back({tr("Cost"),
                        {field(Kind::Currency, "/currency"), field(Kind::CostExclVat, "/total_cost/excl_vat"),
                         field(Kind::CostInclVat, "/total_cost/incl_vat")}});
    m_groups.push_back({tr("Token"),
                        {field(Kind::TokenUid, "/cdr_token/uid"), field(Kind::TokenType, "/cdr_token/type"),
                         field(Kind::TokenContractId, "/cdr_token/contract_id"),
                         field(Kind::TokenCountryCode, "/cdr_token/country_code"),
                         field(Kind::TokenPartyId, "/cdr_token/party_id"), field(Kind::AuthMethod, "/auth_method"),
                         field(Kind::AuthorizationReference, "/authorization_reference")}});
    m_groups.push_back({tr("Status"), {field(Kind::Status, "/status")}});

    const QJsonObject unknown = QJsonDocument::fromJson(m_session.unknownFieldsJson).object();
    if (!unknown.isEmpty()) {
        Group other{tr("Other"), {}};
        for (auto it = unknown.begin(); it != unknown.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble())
                text = number(v.toDouble());
            else if (v.isObject())
                text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else
                text = v.isBool() ? QString(v.toBool() ? QLatin1StringView("true") : QLatin1StringView("false"))
                                  : QStringLiteral("null");
            other.fields.push_back({Kind::Unknown, u'/' + Ocpi::escapeJsonPointerToken(it.key()), it.key(), text, {}});
        }
        m_groups.push_back(std::move(other));
    }
}

void SessionFieldsModel::attachFindings()
{
    Field record{Kind::Record, QString(), {}, {}, {}};
    for (int i = 0; i < int(m_findings.size()); ++i) {
        const QString &path = m_findings.at(i).path;
        Field *best = nullptr;
        Field *inside = nullptr;
        for (Group &g : m_groups) {
            for (Field &f : g.fields) {
                if (!hasPointer(f.kind))
                    continue;
                const bool prefix = path == f.pointer
                                    || (path.startsWith(f.pointer) && path.at(f.pointer.size()) == u'/');
                if (prefix && (!best || f.pointer.size() > best->pointer.size()))
                    best = &f;
                if (!inside && !path.isEmpty() && f.pointer.size() > path.size() && f.pointer.startsWith(path)
                    && f.pointer.at(path.size()) == u'/')
                    inside = &f;
            }
        }
        Field *target = best ? best : inside ? inside : &record;
        target->findings.append(i);
    }
    if (!record.findings.isEmpty())
        m_groups.push_back({tr("Record"), {std::move(record)}});
    for (Group &g : m_groups) {
        for (Field &f : g.fields) {
            std::stable_sort(f.findings.begin(), f.findings.end(),
                             [this](int a, int b) { return m_findings.at(a).severity > m_findings.at(b).severity; });
        }
    }
}

QModelIndex SessionFieldsModel::indexForPath(const QString &path) const
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const std::vector<Field> &fields = m_groups[size_t(g)].fields;
        for (int r = 0; r < int(fields.size()); ++r) {
            for (const int i : fields[size_t(r)].findings) {
                if (m_findings.at(i).path == path)
                    return index(r, FieldColumn, index(g, 0));
            }
        }
    }
    // A path no finding has: the field that holds it, as attachFindings() would place it.
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const std::vector<Field> &fields = m_groups[size_t(g)].fields;
        for (int r = 0; r < int(fields.size()); ++r) {
            if (hasPointer(fields[size_t(r)].kind) && fields[size_t(r)].pointer == path)
                return index(r, FieldColumn, index(g, 0));
        }
    }
    return {};
}

QList<int> SessionFieldsModel::findingRows(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.internalId() == kGroupId)
        return {};
    return m_groups[size_t(idx.internalId() - 1)].fields[size_t(idx.row())].findings;
}

QModelIndex SessionFieldsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SessionFieldsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int SessionFieldsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].fields.size());
}

int SessionFieldsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QList<int> SessionFieldsModel::groupFindings(const Group &g) const
{
    QList<int> rows;
    for (const Field &f : g.fields)
        rows += f.findings;
    return rows;
}

QVariant SessionFieldsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() == kGroupId) {
        const Group &g = m_groups[size_t(idx.row())];
        const QList<int> rows = groupFindings(g);
        switch (role) {
        case Qt::DisplayRole:
            if (idx.column() == FieldColumn)
                return g.title;
            if (idx.column() == FindingsColumn && !rows.isEmpty())
                return tr("%n finding(s)", nullptr, int(rows.size()));
            return {};
        case Qt::ToolTipRole:
            return rows.isEmpty() ? QVariant() : QVariant(findingsToolTip(rows));
        case DetailsModel::SeverityRole:
            return worstSeverity(rows);
        }
        return {};
    }
    const Field &f = m_groups[size_t(idx.internalId() - 1)].fields[size_t(idx.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (idx.column()) {
        case FieldColumn:
            return label(f);
        case ValueColumn:
            return valueText(f);
        case FindingsColumn:
            return findingsText(f.findings);
        }
        return {};
    case Qt::ToolTipRole:
        if (!f.findings.isEmpty())
            return findingsToolTip(f.findings);
        return hasPointer(f.kind) ? QVariant(FindingsModel::pathText(f.pointer)) : QVariant();
    case DetailsModel::SeverityRole:
        return worstSeverity(f.findings);
    case DetailsModel::PointerRole:
        return hasPointer(f.kind) ? QVariant(f.pointer) : QVariant();
    case DetailsModel::RawValueRole:
        return idx.column() == ValueColumn ? rawValue(f) : data(idx, Qt::DisplayRole);
    }
    return {};
}

QVariant SessionFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

QString SessionFieldsModel::label(const Field &f) const
{
    switch (f.kind) {
    case Kind::CountryCode:
        return tr("Country code");
    case Kind::PartyId:
        return tr("Party id");
    case Kind::Id:
        return tr("Session id");
    case Kind::LocationId:
        return tr("Location id");
    case Kind::EvseUid:
        return tr("EVSE uid");
    case Kind::ConnectorId:
        return tr("Connector id");
    case Kind::Start:
        return tr("Start");
    case Kind::End:
        return tr("End");
    case Kind::Duration:
        return tr("Duration");
    case Kind::LastUpdated:
        return tr("Last updated");
    case Kind::Kwh:
        return tr("Energy (kWh)");
    case Kind::PeriodCount:
        return tr("Charging periods");
    case Kind::Power:
        //: kW of the last charging period
        return tr("Current power (kW)");
    case Kind::MeterId:
        return tr("Meter id");
    case Kind::Currency:
        return tr("Currency");
    case Kind::CostExclVat:
        return tr("Total cost excl. VAT");
    case Kind::CostInclVat:
        return tr("Total cost incl. VAT");
    case Kind::TokenUid:
        return tr("Token uid");
    case Kind::TokenType:
        return tr("Token type");
    case Kind::TokenContractId:
        return tr("Contract id");
    case Kind::TokenCountryCode:
        return tr("Token country code");
    case Kind::TokenPartyId:
        return tr("Token party id");
    case Kind::AuthMethod:
        return tr("Authentication method");
    case Kind::AuthorizationReference:
        return tr("Authorization reference");
    case Kind::Status:
        return tr("Status");
    case Kind::Unknown:
        return f.name;
    case Kind::Record:
        break;
    }
    return tr("Whole record");
}

QString SessionFieldsModel::number(double v) const
{
    return std::isnan(v) ? QString() : m_locale.toString(v, 'f', QLocale::FloatingPointShortest);
}

QString SessionFieldsModel::valueText(const Field &f) const
{
    using F = Ocpi::Session::Field;
    const Ocpi::Session &s = m_session;
    auto text = [&s](F field) { return s.text(field); };
    switch (f.kind) {
    case Kind::CountryCode:
        return text(F::CountryCode);
    case Kind::PartyId:
        return text(F::PartyId);
    case Kind::Id:
        return text(F::Id);
    case Kind::LocationId:
        return text(F::LocationId);
    case Kind::EvseUid:
        return text(F::EvseUid);
    case Kind::ConnectorId:
        return text(F::ConnectorId);
    case Kind::Start:
        return SessionFormat::formatDateTimeWithZone(s.startDateTime, m_timeSpec);
    case Kind::End:
        return SessionFormat::formatDateTimeWithZone(s.endDateTime, m_timeSpec);
    case Kind::Duration:
        return SessionFormat::formatDuration(SessionFormat::durationMs(s));
    case Kind::LastUpdated:
        return SessionFormat::formatDateTimeWithZone(s.lastUpdated, m_timeSpec);
    case Kind::Kwh:
        return number(s.kwh);
    case Kind::PeriodCount:
        return m_locale.toString(s.periodCount());
    case Kind::Power:
        return number(SessionFormat::powerKw(s));
    case Kind::MeterId:
        return text(F::MeterId);
    case Kind::Currency:
        return text(F::Currency);
    case Kind::CostExclVat:
        return number(s.totalCost.exclVat);
    case Kind::CostInclVat:
        return number(s.totalCost.inclVat);
    case Kind::TokenUid:
        return text(F::TokenUid); // shown as in the record: this pane is for the operator
    case Kind::TokenType:
        return QString(Ocpi::spelling(s.tokenType));
    case Kind::TokenContractId:
        return text(F::TokenContractId);
    case Kind::TokenCountryCode:
        return text(F::TokenCountryCode);
    case Kind::TokenPartyId:
        return text(F::TokenPartyId);
    case Kind::AuthMethod:
        return QString(Ocpi::spelling(s.authMethod));
    case Kind::AuthorizationReference:
        return text(F::AuthorizationReference);
    case Kind::Status:
        return QString(Ocpi::spelling(s.status));
    case Kind::Unknown:
        return f.unknownText;
    case Kind::Record:
        break;
    }
    return {};
}

QVariant SessionFieldsModel::rawValue(const Field &f) const
{
    const Ocpi::Session &s = m_session;
    auto time = [](qint64 ms) { return ms == Ocpi::kNoTime ? QVariant() : QVariant(ms); };
    auto num = [](double v) { return std::isnan(v) ? QVariant() : QVariant(v); };
    switch (f.kind) {
    case Kind::Start:
        return time(s.startDateTime);
    case Kind::End:
        return time(s.endDateTime);
    case Kind::LastUpdated:
        return time(s.lastUpdated);
    case Kind::Duration: {
        const qint64 ms = SessionFormat::durationMs(s);
        return ms < 0 ? QVariant() : QVariant(ms);
    }
    case Kind::Kwh:
        return num(s.kwh);
    case Kind::PeriodCount:
        return qint64(s.periodCount());
    case Kind::Power:
        return num(SessionFormat::powerKw(s));
    case Kind::CostExclVat:
        return num(s.totalCost.exclVat);
    case Kind::CostInclVat:
        return num(s.totalCost.inclVat);
    default:
        break;
    }
    const QString text = valueText(f);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

int SessionFieldsModel::worstSeverity(const QList<int> &rows) const
{
    int worst = -1;
    for (const int i : rows)
        worst = std::max(worst, int(m_findings.at(i).severity));
    return worst;
}

QString SessionFieldsModel::findingsText(const QList<int> &rows) const
{
    if (rows.isEmpty())
        return {};
    const Ocpi::Finding &first = m_findings.at(rows.first()); // the worst
    QString text = FindingsModel::severityText(first.severity) + QLatin1StringView(": ") + first.message;
    if (rows.size() > 1)
        text += u' ' + tr("(+%n more)", nullptr, int(rows.size() - 1));
    return text;
}

QString SessionFieldsModel::findingsToolTip(const QList<int> &rows) const
{
    QStringList parts;
    for (const int i : rows)
        parts << FindingsModel::describe(m_findings.at(i));
    return parts.join(QLatin1StringView("\n\n"));
}

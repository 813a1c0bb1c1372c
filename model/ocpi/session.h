// OCPI 2.2.1 Session (mod_sessions 9.3.1) and the types it uses, stored compactly.
//
// A session with ten charging periods must cost about 1-2 KB (../shared/PERF-FACTS.md), so strings
// live in one UTF-8 pool per session and charging periods are flat arrays rather than nested lists.
#pragma once

#include "datetime.h"
#include "enums.h"

#include <QtCore/QByteArray>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace Ocpi {

// types 16.5
struct Price
{
    double exclVat = std::numeric_limits<double>::quiet_NaN();
    double inclVat = std::numeric_limits<double>::quiet_NaN(); // NaN when absent (card. ?)
    bool hasInclVat() const { return !std::isnan(inclVat); }
    bool isValid() const { return !std::isnan(exclVat); }
    friend bool operator==(const Price &, const Price &) = default;
};

// mod_cdrs 10.4.2
struct CdrDimension
{
    double volume = 0;
    CdrDimensionType type = CdrDimensionType::Unknown;
    friend bool operator==(const CdrDimension &, const CdrDimension &) = default;
};

// mod_cdrs 10.4.6, as a view over the session's flat arrays.
struct ChargingPeriod
{
    qint64 start = kNoTime;
    QString tariffId;
    std::vector<CdrDimension> dimensions;
};

// mod_cdrs 10.4.5, as a value assembled from the session's fields (stored flat in the session's pool).
struct CdrToken
{
    QString countryCode;
    QString partyId;
    QString uid;
    TokenType type = TokenType::Unknown;
    QString contractId;
    friend bool operator==(const CdrToken &, const CdrToken &) = default;
};

// Where the record came from, so its source text can be shown again.
struct SourceSpan
{
    qint64 offset = -1; // byte offset in the file or response body
    qint64 length = 0;
    qint64 line = 0;    // 1-based line of the record's first byte
};

class Session
{
public:
    // The string fields; Token* are the cdr_token fields (mod_cdrs 10.4.5).
    enum class Field : quint8 {
        CountryCode,
        PartyId,
        Id,
        LocationId,
        EvseUid,
        ConnectorId,
        MeterId,
        Currency,
        AuthorizationReference,
        TokenCountryCode,
        TokenPartyId,
        TokenUid,
        TokenContractId,
        Count
    };

    QString text(Field f) const;
    std::string_view utf8(Field f) const;
    bool has(Field f) const { return m_slots[index(f)].length != kAbsent; }
    void setText(Field f, std::string_view utf8);

    qint64 startDateTime = kNoTime;
    qint64 endDateTime = kNoTime;
    qint64 lastUpdated = kNoTime;
    double kwh = std::numeric_limits<double>::quiet_NaN();
    Price totalCost;
    SessionStatus status = SessionStatus::Unknown;
    AuthMethod authMethod = AuthMethod::Unknown;
    TokenType tokenType = TokenType::Unknown;

    // Validation outcome, filled by the validator.
    quint16 errorCount = 0;
    quint16 warningCount = 0;
    quint16 infoCount = 0;
    bool isValid() const { return errorCount == 0; }

    SourceSpan source;

    CdrToken cdrToken() const;

    // Charging periods.
    qsizetype periodCount() const { return qsizetype(m_periods.size()); }
    ChargingPeriod period(qsizetype i) const;
    qint64 periodStart(qsizetype i) const { return m_periods[size_t(i)].start; }
    std::span<const CdrDimension> periodDimensions(qsizetype i) const;
    void addPeriod(qint64 start, std::string_view tariffId);
    void addDimension(CdrDimension d); // to the last period added
    // Volume of the last dimension of type t in the last period that has one; NaN if none.
    double lastVolume(CdrDimensionType t) const;

    // Fields the spec does not define, kept verbatim as a JSON object text ("{}" style) or empty.
    QByteArray unknownFieldsJson;

    // Heap bytes owned by this session beyond sizeof(Session), for the memory benchmark.
    qsizetype heapBytes() const;
    void shrinkToFit();

private:
    static constexpr quint32 kAbsent = std::numeric_limits<quint32>::max();
    struct Slot
    {
        quint32 offset = 0;
        quint32 length = kAbsent;
    };
    struct PeriodRecord
    {
        qint64 start;
        quint32 tariffOffset;
        quint32 tariffLength; // kAbsent when there is no tariff_id
        quint32 firstDimension;
        quint32 dimensionCount;
    };
    static size_t index(Field f) { return static_cast<size_t>(f); }
    Slot append(std::string_view utf8);
    std::string_view view(Slot s) const;

    std::string m_pool;
    std::array<Slot, size_t(Field::Count)> m_slots{};
    std::vector<PeriodRecord> m_periods;
    std::vector<CdrDimension> m_dimensions;
};

} // namespace Ocpi

Q_DECLARE_METATYPE(Ocpi::Session)

// Item roles of the session details models (fields tree, findings list, charging periods), shared with the
// views that colour them (no widgets).
#pragma once

#include <QtCore/qnamespace.h>

namespace DetailsModel {

enum Role : int {
    // int: the worst Ocpi::Severity among the item's findings (or the period's timing problem), -1 when none.
    SeverityRole = Qt::UserRole + 1,
    // QString: the RFC 6901 JSON Pointer of the item in the record ("" is the record itself); an invalid QVariant
    // when the item has no place of its own in the JSON (group rows, values derived from several fields).
    PointerRole,
    // The value behind the text, for sorting: times and durations as qint64 ms, numbers as double, text as
    // QString; an invalid QVariant when absent.
    RawValueRole,
    // int: ChargingPeriodsModel::Flags of a period row.
    PeriodFlagsRole,
};

} // namespace DetailsModel

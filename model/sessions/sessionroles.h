// Columns and item roles of the sessions table, shared by the model, its proxies and the views (no widgets).
#pragma once

#include <QtCore/qnamespace.h>

namespace SessionModel {

enum Column : int {
    Status,
    Id,
    Where, // location / EVSE / connector
    Start,
    End,
    Duration,
    Kwh,
    Power, // kW from the last charging period: POWER, else MAX_POWER, else ENERGY / its duration
    Cost,
    Auth, // token type and masked uid, "RFID 04••••C3"
    Validity, // errors / warnings count
    LastUpdated,
    Source,
    ColumnCount
};

enum Role : int {
    // The value behind the text, for sorting and filtering: numbers as double, times and durations as qint64
    // ms (since the epoch, UTC), text as QString; an invalid QVariant when the value is absent.
    RawValueRole = Qt::UserRole + 1,
    StatusRole,    // Ocpi::SessionStatus as int
    SeverityRole,  // 0 valid, 1 warnings, 2 errors
    KeyRole,       // "CC*PPP*ID", upper case
    SourceRole,    // source id (int), see SessionTableModel::addSource
    ChangedAtRole, // qint64 ms since the epoch when the row was added or last changed, for highlighting
    StaleRole,     // bool: the session is no longer listed by its source
    CachedSeenRole, // qint64 ms since the epoch: the row comes from the offline cache and was last seen then; 0: live
};

} // namespace SessionModel

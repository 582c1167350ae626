#include "store/audit_log.h"

#include <cassert>

#include <SQLiteCpp/Statement.h>

#include "store/write_scope.h"

namespace tqm::store {

AuditEntry AuditLog::append(std::string_view action, std::string_view subject,
                            std::string_view detail) {
    assert(!action.empty() && "an audit entry names its action");
    AuditEntry entry{0, unixMillis(db_.clock().now()), std::string(action), std::string(subject),
                     std::string(detail)};
    WriteScope scope(db_.sql(), "audit_append");
    SQLite::Statement write(db_.sql(),
                            "INSERT INTO audit_log (at, action, subject, detail) "
                            "VALUES (?1, ?2, ?3, ?4)");
    write.bind(1, entry.at);
    write.bind(2, entry.action);
    write.bind(3, entry.subject);
    write.bind(4, entry.detail);
    write.exec();
    entry.id = db_.sql().getLastInsertRowid();
    scope.commit();
    return entry;
}

std::vector<AuditEntry> AuditLog::list(std::optional<std::size_t> limit) {
    SQLite::Statement query(db_.sql(),
                            "SELECT id, at, action, subject, detail FROM audit_log "
                            "ORDER BY at DESC, id DESC LIMIT ?1");
    query.bind(1, limit ? static_cast<std::int64_t>(*limit) : std::int64_t{-1});
    std::vector<AuditEntry> entries;
    while (query.executeStep())
        entries.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                           query.getColumn(2).getString(), query.getColumn(3).getString(),
                           query.getColumn(4).getString()});
    return entries;
}

}  // namespace tqm::store

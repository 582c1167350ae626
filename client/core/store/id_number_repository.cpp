#include "store/id_number_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/cert_columns.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

// crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES: the sealed form of an empty text.
// The schema's CHECK says the same; it is repeated here to refuse with a message.
constexpr std::size_t kSealedOverhead = 24 + 16;

}  // namespace

MaybeRefusal IdNumberRepository::setIdNumber(std::int64_t personId,
                                             std::span<const unsigned char> sealed,
                                             std::string_view masked) {
    if (sealed.empty() && !masked.empty())
        return Refusal{RefusalCode::InvalidField,
                       "person " + std::to_string(personId) +
                           ": a masked ID number needs the sealed number with it"};
    if (!sealed.empty() && sealed.size() <= kSealedOverhead)
        return Refusal{RefusalCode::InvalidField,
                       "person " + std::to_string(personId) + ": a sealed ID number of " +
                           std::to_string(sealed.size()) + " bytes holds no number"};
    WriteScope scope(db_.sql(), "id_number_set");
    if (!rowExists(db_.sql(), "person", personId))
        return Refusal{RefusalCode::UnknownPerson,
                       "there is no person with id " + std::to_string(personId)};
    SQLite::Statement write(db_.sql(),
                            "UPDATE person SET id_number_sealed = ?2, id_number_masked = ?3 "
                            "WHERE id = ?1");
    write.bind(1, personId);
    if (sealed.empty())
        write.bind(2);
    else
        write.bind(2, sealed.data(), static_cast<int>(sealed.size()));
    write.bind(3, std::string(masked));
    write.exec();
    scope.commit();
    return std::nullopt;
}

std::optional<std::vector<unsigned char>> IdNumberRepository::sealedIdNumber(
    std::int64_t personId) {
    SQLite::Statement query(db_.sql(), "SELECT id_number_sealed FROM person WHERE id = ?1");
    query.bind(1, personId);
    if (!query.executeStep() || query.isColumnNull(0)) return std::nullopt;
    const SQLite::Column column = query.getColumn(0);
    const auto* bytes = static_cast<const unsigned char*>(column.getBlob());
    return std::vector<unsigned char>(bytes, bytes + column.getBytes());
}

std::string IdNumberRepository::maskedIdNumber(std::int64_t personId) {
    SQLite::Statement query(db_.sql(), "SELECT id_number_masked FROM person WHERE id = ?1");
    query.bind(1, personId);
    if (!query.executeStep()) return {};
    return query.getColumn(0).getString();
}

}  // namespace tqm::store

// ID numbers kept sealed with their masked form, never in the clear.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"
#include "store/id_number_repository.h"

using tqm::store::IdNumberRepository;
using tqm::store::Refusal;
using tqm::store::RefusalCode;
using tqm::storetest::CertStore;
using Bytes = std::vector<unsigned char>;

namespace {

Bytes sealedBytes(std::size_t size) {
    Bytes bytes(size);
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(i * 7 + 1);
    return bytes;
}

}  // namespace

TEST_CASE("an ID number is stored sealed with its masked form and read back byte for byte") {
    CertStore s;
    IdNumberRepository ids(s.db);
    const auto person = s.person("E001");
    const Bytes sealed = sealedBytes(58);  // nonce 24 + MAC 16 + 18 characters
    CHECK(ids.setIdNumber(person, sealed, "110101********1234") == std::nullopt);
    CHECK(ids.sealedIdNumber(person) == sealed);
    CHECK(ids.maskedIdNumber(person) == "110101********1234");
    CHECK(s.rows("SELECT length(id_number_sealed), id_number_masked FROM person") ==
          "58|110101********1234");
}

TEST_CASE("an empty sealed number removes both forms") {
    CertStore s;
    IdNumberRepository ids(s.db);
    const auto person = s.person("E001");
    ids.setIdNumber(person, sealedBytes(58), "110101********1234");
    CHECK(ids.setIdNumber(person, {}, "") == std::nullopt);
    CHECK_FALSE(ids.sealedIdNumber(person).has_value());
    CHECK(ids.maskedIdNumber(person).empty());
}

TEST_CASE("a person without an ID number, or no such person, has neither form") {
    CertStore s;
    IdNumberRepository ids(s.db);
    const auto person = s.person("E001");
    CHECK_FALSE(ids.sealedIdNumber(person).has_value());
    CHECK(ids.maskedIdNumber(person).empty());
    CHECK_FALSE(ids.sealedIdNumber(999).has_value());
    CHECK(ids.maskedIdNumber(999).empty());
}

TEST_CASE("ID numbers are refused for an unknown person, a mask alone and too few bytes") {
    CertStore s;
    IdNumberRepository ids(s.db);
    const auto person = s.person("E001");
    CHECK(ids.setIdNumber(999, sealedBytes(58), "110101********1234") ==
          Refusal{RefusalCode::UnknownPerson, "there is no person with id 999"});
    CHECK(ids.setIdNumber(person, {}, "110101********1234") ==
          Refusal{RefusalCode::InvalidField,
                  "person 1: a masked ID number needs the sealed number with it"});
    CHECK(ids.setIdNumber(person, sealedBytes(40), "110101********1234") ==
          Refusal{RefusalCode::InvalidField,
                  "person 1: a sealed ID number of 40 bytes holds no number"});
    CHECK(s.rows("SELECT id_number_sealed, id_number_masked FROM person") == "NULL|");
}

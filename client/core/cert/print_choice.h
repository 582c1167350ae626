// Which certificates to print (cert/certificate_printing.h takes numbers): those of one person,
// every one of a type, or numbers typed or pasted by hand. A printed certificate is a document a
// holder shows, so the ready-made choices take only certificates that still count on the day
// (isQualifying: valid, renewal open, review due, in grace); an expired or revoked one can still
// be printed by typing its number.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/calendar_date.h"
#include "cert/certificate_book_index.h"

namespace tqm::cert {

// The person's certificates that count on `asOf`, by type code, then number.
std::vector<std::string> personNumbersInForce(const CertificateBookIndex& index,
                                              std::int64_t personId, Date asOf);

// Every certificate of the type that counts on `asOf`, by the holder's 工号, then number.
std::vector<std::string> typeNumbersInForce(const CertificateBookIndex& index, std::int64_t typeId,
                                            Date asOf);

// How many certificates of each type count on `asOf`, by type id, in one pass over the book
// (types with none are absent).
std::unordered_map<std::int64_t, std::size_t> countInForceByType(const CertificateBookIndex& index,
                                                                 Date asOf);

// The numbers in a typed or pasted text: separated by white space (a column copied from a
// spreadsheet), commas, semicolons or 、 (ASCII or full-width), in the order given, each once.
std::vector<std::string> parseCertificateNumbers(std::string_view text);

}  // namespace tqm::cert

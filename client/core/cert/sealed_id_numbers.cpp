#include "cert/sealed_id_numbers.h"

#include "cert/id_number.h"

namespace tqm::cert {

std::string SealedIdNumbers::full(std::int64_t personId, std::string_view employeeNo) {
    const auto known = opened_.find(personId);
    if (known != opened_.end()) return known->second;
    std::string number;
    if (const auto sealed = repository_.sealedIdNumber(personId)) {
        const OpenedIdNumber opened = openIdNumber(
            std::string_view(reinterpret_cast<const char*>(sealed->data()), sealed->size()), key_);
        if (opened.refusal && !unreadable_)
            unreadable_ = "the 身份证号 of the 工号 " + std::string(employeeNo) +
                          " does not open with this workstation's seal key (" +
                          opened.refusal->message +
                          "); restore the keys folder that sealed it, or export masked numbers";
        number = opened.idNumber;
    }
    opened_.emplace(personId, number);
    return number;
}

}  // namespace tqm::cert

// Which installed font families print a certificate's Chinese text.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tqm::report {

struct CertificateFonts {
    std::string title;  // a serif (宋体-like) face for the title, as printed certificates use
    std::string text;   // a sans (黑体-like) face for everything else
};

inline constexpr std::string_view kPreferredTitleFamily = "Noto Serif CJK SC";
inline constexpr std::string_view kPreferredTextFamily = "Noto Sans CJK SC";

// `preferred` when it is installed, otherwise the first installed family (in the order given)
// that covers Chinese; nothing when none does.
std::optional<std::string> pickFontFamily(
    std::span<const std::string> installed, std::string_view preferred,
    const std::function<bool(const std::string&)>& coversChinese);

// The families of this machine, asked of fontconfig through pango; nothing when no installed
// font covers Chinese (then fonts-noto-cjk or another CJK font has to be installed).
std::optional<CertificateFonts> installedCertificateFonts();

}  // namespace tqm::report

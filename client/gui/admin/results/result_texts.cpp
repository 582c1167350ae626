#include "admin/results/result_texts.h"

#include <cmath>

#include <wx/datetime.h>
#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "report/result_format.h"

namespace tqm::gui {

wxString stateLabel(results::ResultState state) {
    switch (state) {
        case results::ResultState::InProgress:
            return _("In progress");
        case results::ResultState::AwaitingMarking:
            return _("Awaiting marking");
        case results::ResultState::Submitted:
            return _("Submitted");
    }
    return {};
}

wxString outcomeLabel(const results::ResultRow& row) {
    if (row.state == results::ResultState::InProgress) return {};
    switch (row.verdict) {
        case exam::Verdict::Pass:
            return _("Passed");
        case exam::Verdict::Fail:
            return _("Failed");
        case exam::Verdict::Pending:
            return _("Awaiting marking");
    }
    return {};
}

wxString percentText(double share) {
    const double percent = std::round(share * 1000.0) / 10.0;
    if (percent == std::floor(percent)) return wxString::Format("%.0f%%", percent);
    return wxString::Format("%.1f%%", percent);
}

wxString ratioText(const std::optional<double>& value) {
    if (!value) return wxString::FromUTF8("—");
    return wxString::Format("%.2f", *value);
}

wxString clockDurationText(std::int64_t ms) {
    return fromUtf8(report::formatDuration(std::chrono::milliseconds(ms)));
}

wxString flagReasons(const exam::ItemFlags& flags) {
    wxString text;
    auto add = [&](const wxString& reason) {
        if (!text.empty()) text += wxString::FromUTF8("；");
        text += reason;
    };
    // TRANSLATORS: an item-analysis flag: the lower-scoring group did better on this question.
    if (flags.negativeDiscrimination) add(_("Weaker candidates did better: check the key"));
    if (flags.tooHard) add(_("Too hard: fewer than 10 percent got it right"));
    if (flags.tooEasy) add(_("Too easy: more than 95 percent got it right"));
    return text;
}

wxString pathText(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return wxString::FromUTF8(reinterpret_cast<const char*>(text.data()), text.size());
}

std::filesystem::path pathFromText(const wxString& text) {
    const wxScopedCharBuffer utf8 = text.utf8_str();
    return std::filesystem::path(
        std::u8string(reinterpret_cast<const char8_t*>(utf8.data()), utf8.length()));
}

}  // namespace tqm::gui

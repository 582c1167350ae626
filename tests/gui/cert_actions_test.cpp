// The certificate dialogs that act, driven on the demo plant's person page: each saves through
// the certificate desk exactly what was entered, a refusal keeps the dialog open with the reason
// next to its field and saves nothing, and the page then shows the new or changed certificate.
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <string>

#include "cert/actions/certificate_actions.h"
#include "cert/actions/certificate_details_dialog.h"
#include "cert/actions/issue_certificate_dialog.h"
#include "cert/actions/renew_certificate_dialog.h"
#include "cert/actions/review_dialog.h"
#include "cert/actions/revoke_certificate_dialog.h"
#include "cert/demo_plant_setup.h"
#include "demo_plant_frame.h"
#include "learner_fixture.h"
#include "store/audit_log.h"
#include "store/certificate_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;
using Action = CertificateActions::Action;

namespace {

// 2026-02-20 08:00 in China, the day the demo plant is shown as of.
constexpr std::int64_t kToday = 1771545600000;

Date day(const char* text) {
    return *parseDate(text);
}

wxString utf8(const char* text) {
    return wxString::FromUTF8(text);
}

void click(wxWindow& window, int id) {
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(&window);
    window.HandleWindowEvent(event);
}

class ActionsFixture : public LearnerFixture {
  public:
    ActionsFixture() : LearnerFixture("cert-actions") {
        frame = openDemoPlantFrame(*this, clock);
        frame->showScreen(Screen::Certificates);
        panel = frame->certificates();
        waitForBook();
    }

    void waitForBook() {
        REQUIRE(pumpUntil([&] { return !panel->loading(); }, std::chrono::seconds(10)));
    }

    store::Database& database() { return *frame->workspace().database(); }
    store::CertificateRepository certificates() { return store::CertificateRepository(database()); }
    int certificateCount() {
        return database().sql().execAndGet("SELECT COUNT(*) FROM certificate").getInt();
    }

    std::int64_t personId(const std::string& employeeNo) {
        for (const cert::PersonSummary* person : panel->snapshot()->index->peopleByEmployeeNo())
            if (person->employeeNo == employeeNo) return person->id;
        FAIL("no person " << employeeNo);
        return 0;
    }

    // Opens the person's page and selects the certificate numbered `number`.
    CertificateActions& onPage(const std::string& employeeNo, const std::string& number = {}) {
        panel->showPerson(personId(employeeNo));
        CertificateActions& actions = *panel->person()->actions();
        if (!number.empty()) {
            wxListCtrl& list = *panel->person()->certificateList();
            long found = -1;
            for (long row = 0; row < list.GetItemCount(); ++row)
                if (list.GetItemText(row, 0) == wxString::FromUTF8(number)) found = row;
            REQUIRE(found >= 0);
            list.SetItemState(found, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            pumpEvents();
        }
        return actions;
    }

    // Runs the next dialog modally with `script` typing into it once it is open.
    template <typename DialogType>
    void answerWith(CertificateActions& actions, std::function<void(DialogType&)> script) {
        actions.setDialogRunner([script](wxDialog& dialog) {
            dialog.CallAfter([&dialog, script] {
                auto* typed = dynamic_cast<DialogType*>(&dialog);
                REQUIRE(typed);
                script(*typed);
                if (dialog.IsModal()) click(*dialog.FindWindow(wxID_CANCEL), wxID_CANCEL);
            });
            return dialog.ShowModal();
        });
    }

    wxString selectedNumber() {
        wxListCtrl& list = *panel->person()->certificateList();
        const long row = list.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        return row < 0 ? wxString() : list.GetItemText(row, 0);
    }

    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame;
    CertificatesPanel* panel = nullptr;
};

}  // namespace

TEST_CASE(
    "a certificate issued from a person's page takes the type's dates and issuer and is "
    "then selected",
    "[cert]") {
    ActionsFixture f;
    CertificateActions& actions = f.onPage("D0014");
    const std::string evidence = testData("gui/basic").string();
    bool sawHints = false;
    f.answerWith<IssueCertificateDialog>(actions, [&](IssueCertificateDialog& dialog) {
        CHECK_FALSE(dialog.personSearch());  // the page's person is the holder
        REQUIRE(dialog.chooseType("CAQ-QCC"));
        dialog.fields().numberBox->ChangeValue(" CAQ-QCC-2026-00417 ");
        dialog.fields().issuedOn->setValue(day("2026-02-18"));
        wxDateEvent changed(dialog.fields().issuedOn->picker(), wxDateTime(), wxEVT_DATE_CHANGED);
        dialog.fields().issuedOn->picker()->HandleWindowEvent(changed);
        CHECK(dialog.hintText(DeskField::ValidFrom) == utf8("默认：2026-02-18（发证日期）"));
        CHECK(dialog.hintText(DeskField::ValidUntil) == utf8("默认：2029-02-17"));
        CHECK(dialog.hintText(DeskField::Issuer) == utf8("默认：中国质量协会"));
        sawHints = true;
        dialog.fields().evidencePicker->SetPath(evidence);
        click(*dialog.okButton(), wxID_OK);
    });
    click(*actions.button(Action::Issue), actions.button(Action::Issue)->GetId());
    CHECK(sawHints);
    f.waitForBook();

    const auto issued = f.certificates().findByNumber("CAQ-QCC-2026-00417");
    REQUIRE(issued);
    CHECK(issued->personId == f.personId("D0014"));
    CHECK(issued->issuedOn == day("2026-02-18"));
    CHECK(issued->validFrom == day("2026-02-18"));
    CHECK(issued->validUntil == day("2029-02-17"));
    CHECK(issued->issuer == "中国质量协会");
    CHECK(issued->source == cert::CertificateSource::External);
    CHECK(issued->evidenceFile == evidence);
    CHECK_FALSE(issued->renewsId);
    CHECK(f.panel->person()->personShown() == f.personId("D0014"));
    CHECK(f.selectedNumber() == "CAQ-QCC-2026-00417");
}

TEST_CASE(
    "a refused issue shows the reason next to its field, keeps the dialog open and saves "
    "nothing",
    "[cert]") {
    ActionsFixture f;
    const int before = f.certificateCount();
    IssueCertificateDialog dialog(f.frame.get(), f.database(), f.panel->snapshot(), std::nullopt);

    // Opened from the panel with nobody chosen: the holder is searched by 工号 or name.
    REQUIRE(dialog.personSearch());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::Number) == utf8("请填写证书编号。"));

    dialog.fields().numberBox->ChangeValue("CAQ-QCC-2026-00417");
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::Person) == utf8("请选择持证人。"));
    CHECK(dialog.errorText(DeskField::Number).empty());

    dialog.personSearch()->SetValue(utf8("沈立"));
    REQUIRE(dialog.personPicker()->shownCount() == 1);
    dialog.personPicker()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    CHECK(dialog.personId() == f.personId("D0014"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::Type) == utf8("请选择证书类型。"));

    REQUIRE(dialog.chooseType("INT-WI"));
    dialog.fields().numberBox->ChangeValue("ZJ-WI-2025-0001");
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::Number) ==
          utf8("证书编号 ZJ-WI-2025-0001 已被使用，请核对证书上印的编号。"));

    dialog.fields().numberBox->ChangeValue("ZJ-WI-2026-0002");
    dialog.fields().validFrom->setValue(day("2026-02-01"));
    dialog.fields().validUntil->setValue(day("2026-01-31"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::ValidUntil) ==
          utf8("有效期至 2026-01-31 早于有效期起 2026-02-01，请核对证书上的两个日期。"));

    dialog.fields().validUntil->setValue(std::nullopt);
    dialog.fields().issuedOn->setValue(day("2026-02-21"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText(DeskField::IssuedOn) ==
          utf8("发证日期 2026-02-21 还未到，请填写证书上印的发证日期。"));
    CHECK(f.certificateCount() == before);
    CHECK_FALSE(dialog.savedCertificateId());
}

TEST_CASE(
    "a renewal runs on from the old certificate's last valid day, links to it and cannot "
    "be repeated",
    "[cert]") {
    ActionsFixture f;
    CertificateActions& actions = f.onPage("D0014", "ZJ-WI-2025-0001");
    const std::int64_t oldId = f.certificates().findByNumber("ZJ-WI-2025-0001")->id;
    REQUIRE(actions.button(Action::Renew)->IsEnabled());
    f.answerWith<RenewCertificateDialog>(actions, [&](RenewCertificateDialog& dialog) {
        CHECK(dialog.hintText(DeskField::ValidFrom) ==
              utf8("默认：2026-03-03（原证书有效期满的次日）"));
        CHECK(dialog.hintText(DeskField::ValidUntil) == utf8("默认：2027-03-02"));
        CHECK(dialog.hintText(DeskField::Issuer) == utf8("默认：本公司质量部"));
        dialog.fields().numberBox->ChangeValue("ZJ-WI-2025-0001");
        click(*dialog.okButton(), wxID_OK);
        REQUIRE(dialog.IsModal());
        CHECK(dialog.errorText(DeskField::Number) ==
              utf8("证书编号 ZJ-WI-2025-0001 已被使用，请核对证书上印的编号。"));
        dialog.fields().numberBox->ChangeValue("ZJ-WI-2026-0003");
        dialog.fields().issuedOn->setValue(day("2026-02-19"));
        click(*dialog.okButton(), wxID_OK);
    });
    REQUIRE(actions.run(Action::Renew));
    f.waitForBook();

    const auto renewal = f.certificates().findByNumber("ZJ-WI-2026-0003");
    REQUIRE(renewal);
    CHECK(renewal->renewsId == oldId);
    CHECK(renewal->personId == f.personId("D0014"));
    CHECK(renewal->issuedOn == day("2026-02-19"));
    CHECK(renewal->validFrom == day("2026-03-03"));
    CHECK(renewal->validUntil == day("2027-03-02"));
    CHECK(renewal->issuer == "本公司质量部");
    CHECK(f.selectedNumber() == "ZJ-WI-2026-0003");

    // The old certificate, renewed now, offers no second renewal.
    f.onPage("D0014", "ZJ-WI-2025-0001");
    CHECK_FALSE(actions.button(Action::Renew)->IsEnabled());
    CHECK(actions.button(Action::Revoke)->IsEnabled());
}

TEST_CASE("a revocation needs a reason, then writes the day, the reason and one audit row",
          "[cert]") {
    ActionsFixture f;
    CertificateActions& actions = f.onPage("D0014", "ZJ-WI-2025-0001");
    f.answerWith<RevokeCertificateDialog>(actions, [&](RevokeCertificateDialog& dialog) {
        CHECK_THAT(dialog.warningText().utf8_string(), Catch::StartsWith("吊销后无法撤回。"));
        dialog.reasonBox()->ChangeValue("   ");
        click(*dialog.okButton(), wxID_OK);
        REQUIRE(dialog.IsModal());
        CHECK(dialog.errorText(DeskField::Reason) == utf8("请填写吊销原因。"));
        CHECK_FALSE(f.certificates().findByNumber("ZJ-WI-2025-0001")->revokedOn);
        CHECK(store::AuditLog(f.database()).list().empty());

        dialog.dayField()->setValue(day("2025-03-01"));
        dialog.reasonBox()->ChangeValue(utf8("焊缝判定失误"));
        click(*dialog.okButton(), wxID_OK);
        REQUIRE(dialog.IsModal());
        CHECK(dialog.errorText(DeskField::RevokedOn) ==
              utf8("吊销日期 2025-03-01 早于发证日期 2025-03-03，请选择之后的日期。"));

        dialog.dayField()->setValue(day("2026-02-10"));
        click(*dialog.okButton(), wxID_OK);
    });
    REQUIRE(actions.run(Action::Revoke));
    f.waitForBook();

    const auto revoked = f.certificates().findByNumber("ZJ-WI-2025-0001");
    CHECK(revoked->revokedOn == day("2026-02-10"));
    CHECK(revoked->revokedReason == "焊缝判定失误");
    const std::vector<store::AuditEntry> log = store::AuditLog(f.database()).list();
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "revoke-certificate");
    CHECK(log[0].subject == "ZJ-WI-2025-0001");
    CHECK(log[0].detail == "2026-02-10: 焊缝判定失误");

    // Selected again, with only issuing left to do.
    CHECK(f.selectedNumber() == "ZJ-WI-2025-0001");
    CHECK(actions.button(Action::Issue)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Renew)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Review)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Revoke)->IsEnabled());
}

TEST_CASE("a passed review is recorded on the pending one with its new end and note", "[cert]") {
    ActionsFixture f;
    // 秦浩然's review of 2026-01-10 is pending.
    CertificateActions& actions = f.onPage("D0018", "ZJ-QI-2025-0002");
    REQUIRE(actions.button(Action::Review)->IsEnabled());
    f.answerWith<ReviewDialog>(actions, [&](ReviewDialog& dialog) {
        dialog.doneField()->setValue(day("2026-02-21"));
        click(*dialog.okButton(), wxID_OK);
        REQUIRE(dialog.IsModal());
        CHECK(dialog.errorText(DeskField::DoneOn) ==
              utf8("复审日期 2026-02-21 还未到，请在复审完成后再记录。"));

        dialog.choosePassed(false);
        CHECK_FALSE(dialog.newValidUntilField()->IsEnabled());
        dialog.choosePassed(true);
        dialog.doneField()->setValue(day("2026-02-15"));
        dialog.newValidUntilField()->setValue(day("2027-06-30"));
        dialog.noteBox()->ChangeValue(utf8("复审合格"));
        click(*dialog.okButton(), wxID_OK);
    });
    REQUIRE(actions.run(Action::Review));
    f.waitForBook();

    const auto certificate = f.certificates().findByNumber("ZJ-QI-2025-0002");
    REQUIRE(certificate->reviews.size() == 1);
    const cert::ReviewEvent& review = certificate->reviews[0];
    CHECK(review.dueOn == day("2026-01-10"));
    CHECK(review.doneOn == day("2026-02-15"));
    CHECK(review.result == cert::ReviewResult::Passed);
    CHECK(review.validUntil == day("2027-06-30"));
    CHECK(review.note == "复审合格");
    CHECK(f.selectedNumber() == "ZJ-QI-2025-0002");
}

TEST_CASE(
    "the buttons and the context menu follow the selected certificate; a double-click "
    "opens its details",
    "[cert]") {
    ActionsFixture f;
    CertificateActions& actions = f.onPage("D0014");
    CHECK(actions.button(Action::Issue)->GetLabel() == utf8("签发证书…"));
    CHECK(actions.button(Action::Issue)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Renew)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Review)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Revoke)->IsEnabled());

    // INT-WI asks for no review.
    f.onPage("D0014", "ZJ-WI-2025-0001");
    CHECK(actions.button(Action::Renew)->IsEnabled());
    CHECK_FALSE(actions.button(Action::Review)->IsEnabled());
    CHECK(actions.button(Action::Revoke)->IsEnabled());
    const std::unique_ptr<wxMenu> menu = actions.contextMenu();
    std::vector<std::pair<wxString, bool>> items;
    for (const wxMenuItem* item : menu->GetMenuItems())
        if (!item->IsSeparator()) items.emplace_back(item->GetItemLabelText(), item->IsEnabled());
    CHECK(items == std::vector<std::pair<wxString, bool>>{{utf8("详情…"), true},
                                                          {utf8("换证…"), true},
                                                          {utf8("复审…"), false},
                                                          {utf8("吊销…"), true},
                                                          {utf8("签发证书…"), true}});

    wxString evidence;
    actions.setDialogRunner([&](wxDialog& dialog) {
        auto* details = dynamic_cast<CertificateDetailsDialog*>(&dialog);
        REQUIRE(details);
        evidence = details->valueOf(utf8("证据文件"));
        return wxID_CLOSE;
    });
    wxListCtrl& list = *f.panel->person()->certificateList();
    wxListEvent activated(wxEVT_LIST_ITEM_ACTIVATED, list.GetId());
    activated.SetEventObject(&list);
    list.HandleWindowEvent(activated);
    CHECK(evidence == "WI-2025-0001.pdf");
}

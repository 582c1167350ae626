#include "compete/live/projector_canvas.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/intl.h>

namespace tqm::gui {

namespace {

// A projector is seen from afar in a lit room: dark text on white would glare, so the picture
// is light text on a deep blue, whatever the desktop theme.
const wxColour kBackground(0x10, 0x1E, 0x3C);
const wxColour kText(0xF5, 0xF7, 0xFA);
const wxColour kMuted(0xA8, 0xB4, 0xC8);
const wxColour kAmber(0xFF, 0xB3, 0x00);
const wxColour kRed(0xFF, 0x52, 0x52);
const wxColour kGold(0xFF, 0xD5, 0x4F);
const wxColour kSilver(0xCF, 0xD8, 0xDC);
const wxColour kBronze(0xD8, 0x9B, 0x6A);

// Punctuation that Chinese typesetting never puts at the start of a line.
const wxString kNoLineStart = wxString::FromUTF8("，。、；：？！”’）》」』】,.;:?!)");

void drawCentred(wxDC& dc, const wxString& text, const wxRect& area) {
    const wxSize size = dc.GetTextExtent(text);
    dc.DrawText(text, area.x + (area.width - size.x) / 2, area.y + (area.height - size.y) / 2);
}

}  // namespace

std::vector<wxString> wrapForDc(wxDC& dc, const wxString& text, int width) {
    std::vector<wxString> lines;
    for (const wxString& paragraph : wxSplit(text, '\n', '\0')) {
        wxString line;
        for (const wxUniChar c : paragraph) {
            wxString candidate = line + c;
            if (line.empty() || dc.GetTextExtent(candidate).x <= width) {
                line = std::move(candidate);
                continue;
            }
            // Latin words move whole to the next line when a space is near; Chinese breaks here.
            const int space = line.Find(' ', true);
            if (c != ' ' && c.GetValue() < 0x2E80 && space > 0 &&
                static_cast<std::size_t>(space) + 12 > line.length()) {
                lines.push_back(line.Left(static_cast<std::size_t>(space)));
                line = line.Mid(static_cast<std::size_t>(space) + 1) + c;
            } else if (kNoLineStart.Find(c) != wxNOT_FOUND && line.length() > 1) {
                // Closing punctuation never starts a line: it takes the character before along.
                lines.push_back(line.Left(line.length() - 1));
                line = line.Last() + wxString(c);
            } else {
                lines.push_back(line);
                line = c == ' ' ? wxString() : wxString(c);
            }
        }
        lines.push_back(line);
    }
    return lines;
}

ProjectorCanvas::ProjectorCanvas(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &ProjectorCanvas::onPaint, this);
}

void ProjectorCanvas::show(ProjectorView view) {
    view_ = std::move(view);
    Refresh();
}

double ProjectorCanvas::scale() const {
    // About 28 lines of the desktop font fill the height; the question is set at 2.6 times that
    // scale, some 4 times the desktop font on a 1080-line screen.
    const double base = std::max(1, GetCharHeight());
    return std::max(1.0, GetClientSize().y / (base * 28.0));
}

wxFont ProjectorCanvas::fontOf(double size, bool bold) const {
    wxFont font = GetFont().Scaled(static_cast<float>(size * scale()));
    return bold ? font.Bold() : font;
}

void ProjectorCanvas::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(kBackground));
    dc.Clear();
    const wxRect all(GetClientSize());
    const int margin = all.height / 30;
    const wxRect inner = wxRect(all).Deflate(margin);
    const int headerHeight = inner.height / 9;
    const int boardHeight = inner.height * 3 / 10;
    paintHeader(dc, {inner.x, inner.y, inner.width, headerHeight});
    const wxRect middle(inner.x, inner.y + headerHeight, inner.width,
                        inner.height - headerHeight - boardHeight);
    if (view_.finished) {
        paintPodium(dc, {inner.x, middle.y, inner.width, inner.GetBottom() - middle.y});
        return;
    }
    const int clockWidth = view_.secondsLeft || view_.buzzed ? middle.height : 0;
    paintQuestion(dc, {middle.x, middle.y, middle.width - clockWidth, middle.height});
    if (clockWidth > 0)
        paintCountdown(dc, {middle.GetRight() - clockWidth, middle.y, clockWidth, middle.height});
    paintScoreboard(dc, {inner.x, inner.GetBottom() - boardHeight, inner.width, boardHeight});
}

void ProjectorCanvas::paintHeader(wxDC& dc, const wxRect& area) {
    dc.SetTextForeground(kText);
    dc.SetFont(fontOf(1.6, true));
    dc.DrawText(view_.title, area.x, area.y);
    const int below = area.y + dc.GetTextExtent(view_.title).y;
    dc.SetTextForeground(kMuted);
    dc.SetFont(fontOf(1.2, false));
    dc.DrawText(view_.roundTitle, area.x, below + area.height / 12);
}

void ProjectorCanvas::paintQuestion(wxDC& dc, const wxRect& area) {
    const wxRect box = wxRect(area).Deflate(area.height / 24);
    if (view_.question.empty()) {
        dc.SetTextForeground(kMuted);
        dc.SetFont(fontOf(2.0, true));
        drawCentred(dc, view_.status, box);
        return;
    }
    // The largest size at which the whole question fits.
    for (double size = 2.6; size >= 1.0; size -= 0.2) {
        dc.SetFont(fontOf(size, size > 2.0));
        const std::vector<wxString> lines = wrapForDc(dc, view_.question, box.width);
        const int lineHeight = dc.GetCharHeight() * 5 / 4;
        if (static_cast<int>(lines.size()) * lineHeight > box.height && size > 1.1) continue;
        dc.SetTextForeground(kText);
        int y = box.y;
        for (const wxString& line : lines) {
            dc.DrawText(line, box.x, y);
            y += lineHeight;
        }
        return;
    }
}

void ProjectorCanvas::paintCountdown(wxDC& dc, const wxRect& area) {
    const wxRect box = wxRect(area).Deflate(area.width / 10);
    if (view_.secondsLeft) {
        const int seconds = *view_.secondsLeft;
        const wxColour ring = seconds <= 3 ? kRed : seconds <= 10 ? kAmber : kText;
        const int diameter = std::min(box.width, box.height * 2 / 3);
        const wxRect circle(box.x + (box.width - diameter) / 2, box.y, diameter, diameter);
        dc.SetPen(wxPen(ring, std::max(2, diameter / 18)));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawEllipse(circle);
        dc.SetTextForeground(ring);
        dc.SetFont(fontOf(5.0, true));
        drawCentred(dc, wxString::Format("%d", seconds), circle);
    }
    if (view_.buzzed) {
        const wxRect banner(box.x, box.y + box.height * 3 / 4, box.width, box.height / 4);
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(view_.buzzed->colour));
        dc.DrawRoundedRectangle(banner, banner.height / 5);
        dc.SetTextForeground(*wxWHITE);
        dc.SetFont(fontOf(1.8, true));
        drawCentred(dc, wxString::Format(_("%s buzzed"), view_.buzzed->name), banner);
    }
}

void ProjectorCanvas::paintScoreboard(wxDC& dc, const wxRect& area) {
    if (view_.teams.empty()) return;
    const int count = static_cast<int>(view_.teams.size());
    const int gap = area.width / 60;
    const int width = (area.width - gap * (count - 1)) / count;
    for (int i = 0; i < count; ++i) {
        const ProjectorTeam& team = view_.teams[static_cast<std::size_t>(i)];
        const wxRect card(area.x + i * (width + gap), area.y, width, area.height);
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(team.colour));
        dc.DrawRoundedRectangle(card, card.height / 12);
        dc.SetTextForeground(*wxWHITE);
        dc.SetFont(fontOf(1.6, true));
        drawCentred(dc, team.name, {card.x, card.y, card.width, card.height / 3});
        dc.SetFont(fontOf(4.2, true));
        drawCentred(dc, wxString::Format("%d", team.score),
                    {card.x, card.y + card.height / 3, card.width, card.height * 2 / 3});
    }
}

void ProjectorCanvas::paintPodium(wxDC& dc, const wxRect& area) {
    std::vector<ProjectorTeam> ranked = view_.teams;
    std::stable_sort(
        ranked.begin(), ranked.end(),
        [](const ProjectorTeam& a, const ProjectorTeam& b) { return a.rank < b.rank; });
    dc.SetTextForeground(kGold);
    dc.SetFont(fontOf(2.2, true));
    const wxString heading = _("Final standings");
    drawCentred(dc, heading, {area.x, area.y, area.width, area.height / 8});
    // Second place stands left of first, third right of it, as on a real podium.
    const int slots[] = {1, 0, 2};
    const double heights[] = {0.62, 0.46, 0.34};
    const wxColour medals[] = {kGold, kSilver, kBronze};
    const int width = area.width / 5;
    const int baseY = area.GetBottom();
    for (int slot = 0; slot < 3; ++slot) {
        const auto place = static_cast<std::size_t>(slots[slot]);
        if (place >= ranked.size()) continue;
        const ProjectorTeam& team = ranked[place];
        // Teams with equal scores share a place, its height and its medal.
        const std::size_t step = std::min<std::size_t>(team.rank, 3) - 1;
        const int height = static_cast<int>(area.height * heights[step]);
        const int x =
            area.x + area.width / 2 - width * 3 / 2 - width / 10 + slot * (width + width / 10);
        const wxRect block(x, baseY - height, width, height);
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(team.colour));
        dc.DrawRectangle(block);
        dc.SetBrush(wxBrush(medals[step]));
        dc.DrawRectangle(block.x, block.y, block.width, std::max(4, block.height / 14));
        dc.SetTextForeground(*wxWHITE);
        dc.SetFont(fontOf(3.4, true));
        drawCentred(dc, wxString::Format("%zu", team.rank),
                    {block.x, block.y + block.height / 12, block.width, block.height / 3});
        dc.SetFont(fontOf(1.6, true));
        drawCentred(dc, team.name,
                    {block.x, block.y + block.height / 2, block.width, block.height / 5});
        dc.SetFont(fontOf(2.0, true));
        drawCentred(dc, wxString::Format("%d", team.score),
                    {block.x, block.y + block.height * 7 / 10, block.width, block.height / 4});
    }
}

}  // namespace tqm::gui

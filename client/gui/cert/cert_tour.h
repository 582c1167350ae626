// The certificate area's pictures: cert-matrix.png (the matrix with a cell's details),
// cert-due.png (what falls due, and the key positions short of qualified people),
// cert-person.png (a person's positions, requirements, certificates and history) and
// home-cert-due.png (the organizer's card on Home), on the demo plant.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

// The day the pictures show the demo plant as of, so that they do not change with the day the
// tour runs.
inline constexpr Date kTourCertificateDay{std::chrono::year{2026} / 2 / 20};

void tourCertificates(TourCamera& camera);

}  // namespace tqm::gui

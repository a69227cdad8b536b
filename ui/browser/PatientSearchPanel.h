#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/ResourceRow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccri {

class ErrorLabel;
class ResourceTablePage;

namespace fhir {
class FhirClient;
}

// The Patient tab: search by NHS number (check digit verified before anything is sent), name,
// family, given, birth date and gender; results in a sortable table; choosing one selects the
// patient for every other tab.
class PatientSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchPanel(fhir::FhirClient* client, QWidget* parent = nullptr);

    ResourceTablePage* results() const { return m_results; }
    QString validationMessage() const;
    // Shown above the results when two or more of them share an NHS number (one number is one person: a data
    // error to check before opening either record); empty when not shown.
    QString duplicateWarning() const;
    // While that warning shows, no record can be opened until the reader says they checked which patient it is.
    bool openingBlocked() const { return m_mustCheck; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision);
    bool search(); // false (and a message) when the form is not valid; nothing is sent then
    // Sends an NHS number whose check digit is wrong (the CCRI's own published examples 9876543211
    // and 9876512345 fail it), after the user saw why it is refused and chose to go on.
    bool searchAnyway();
    void chooseCurrent();
    void acknowledgeSharedNhsNumber(); // "I have checked which patient this is"
    void clear(); // empties the form, the message and the results (sign-out)

signals:
    void patientChosen(const ccri::fhir::ResourceRow& patient);

private:
    bool runSearch(bool checkNhsNumber);
    void showValidation(const QString& message, bool offerAnyway = false);
    void checkSharedNhsNumbers();
    void choose(const ccri::fhir::ResourceRow& patient);
    void updateChoose();

    QLineEdit* m_nhsNumber = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_gender = nullptr;
    QPushButton* m_search = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_searchAnyway = nullptr;
    ErrorLabel* m_validation = nullptr;
    ErrorLabel* m_duplicates = nullptr;
    QPushButton* m_checked = nullptr;
    bool m_mustCheck = false;
    ResourceTablePage* m_results = nullptr;
};

} // namespace ccri

#include "ui/browser/PatientSearchPanel.h"

#include "app/core/NhsNumber.h"
#include "app/fhir/ResourceListModel.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/main/ErrorLabel.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ccri {

PatientSearchPanel::PatientSearchPanel(fhir::FhirClient* client, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("patientSearch"));
    const auto lineEdit = [this](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &PatientSearchPanel::search);
        return edit;
    };
    m_nhsNumber = lineEdit(QStringLiteral("nhsNumber"), tr("10 digits, such as 987 654 3210"));
    connect(m_nhsNumber, &QLineEdit::editingFinished, this, [this] {
        if (NhsNumber::isValid(m_nhsNumber->text())) {
            m_nhsNumber->setText(NhsNumber::format(m_nhsNumber->text()));
        }
    });
    m_name = lineEdit(QStringLiteral("name"), tr("any part of the name"));
    m_family = lineEdit(QStringLiteral("family"), tr("family name"));
    m_given = lineEdit(QStringLiteral("given"), tr("given name"));
    m_birthDate = lineEdit(QStringLiteral("birthDate"), tr("YYYY-MM-DD"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("Any"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Other"), QStringLiteral("other"));
    m_gender->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_search = new QPushButton(tr("Search"), this);
    m_search->setObjectName(QStringLiteral("searchPatients"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &PatientSearchPanel::search);
    m_choose = new QPushButton(tr("Open patient's record"), this);
    m_choose->setObjectName(QStringLiteral("choosePatient"));
    m_choose->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &PatientSearchPanel::chooseCurrent);
    m_validation = new ErrorLabel(this);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setWordWrap(true);
    m_validation->setVisible(false);
    m_searchAnyway = new QPushButton(tr("Search anyway"), this);
    m_searchAnyway->setObjectName(QStringLiteral("searchAnyway"));
    m_searchAnyway->setToolTip(tr("Send this number although its check digit is wrong (test data sometimes is)."));
    m_searchAnyway->setVisible(false);
    connect(m_searchAnyway, &QPushButton::clicked, this, &PatientSearchPanel::searchAnyway);

    auto* form = new QFormLayout;
    form->addRow(tr("&NHS number:"), m_nhsNumber);
    form->addRow(tr("N&ame:"), m_name);
    auto* names = new QHBoxLayout;
    names->addWidget(m_family);
    names->addWidget(m_given);
    // Labels with buddies: screen readers name the fields by them.
    auto* familyLabel = new QLabel(tr("Family / given:"), this);
    familyLabel->setBuddy(m_family);
    form->addRow(familyLabel, names);
    auto* birth = new QHBoxLayout;
    birth->addWidget(m_birthDate);
    auto* genderLabel = new QLabel(tr("Gender:"), this);
    genderLabel->setBuddy(m_gender);
    birth->addWidget(genderLabel);
    birth->addWidget(m_gender);
    auto* birthLabel = new QLabel(tr("Birth date:"), this);
    birthLabel->setBuddy(m_birthDate);
    form->addRow(birthLabel, birth);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search);
    buttons->addWidget(m_choose);
    buttons->addStretch(1);

    m_results = new ResourceTablePage(client, QStringLiteral("Patient"), this);
    m_results->setObjectName(QStringLiteral("patientResults"));
    connect(m_results, &ResourceTablePage::rowActivated, this, &PatientSearchPanel::choose);
    connect(m_results->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientSearchPanel::updateChoose);
    connect(m_results, &ResourceTablePage::loadStarted, this, [this] {
        m_mustCheck = false;
        m_duplicates->setVisible(false);
        m_checked->setVisible(false);
        m_choose->setEnabled(false);
    });
    m_duplicates = new ErrorLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicateNhsNumberWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setVisible(false);
    m_duplicates->setFrameShape(QFrame::Box);
    m_duplicates->setMargin(6);
    m_checked = new QPushButton(tr("I have checked which patient this is"), this);
    m_checked->setObjectName(QStringLiteral("checkedSharedNhsNumber"));
    m_checked->setToolTip(tr("Records stay closed until you have checked the name, birth date and address."));
    m_checked->setVisible(false);
    connect(m_checked, &QPushButton::clicked, this, &PatientSearchPanel::acknowledgeSharedNhsNumber);
    connect(m_results, &ResourceTablePage::loaded, this, &PatientSearchPanel::checkSharedNhsNumbers);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* validationRow = new QHBoxLayout;
    validationRow->addWidget(m_validation, 1);
    validationRow->addWidget(m_searchAnyway, 0, Qt::AlignTop);
    layout->addLayout(validationRow);
    layout->addLayout(buttons);
    auto* duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(m_duplicates, 1);
    duplicateRow->addWidget(m_checked, 0, Qt::AlignTop);
    layout->addLayout(duplicateRow);
    layout->addWidget(m_results, 1);
}

QString PatientSearchPanel::duplicateWarning() const
{
    return m_duplicates->isVisibleTo(this) ? m_duplicates->text() : QString();
}

// UK Core Access: a search by NHS number that returns more than one patient is a data error the user must see
// before opening a record. Any result in which two rows share a number says so.
void PatientSearchPanel::checkSharedNhsNumbers()
{
    QMap<QString, int> counts;
    const fhir::ResourceListModel* model = m_results->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString number = NhsNumber::normalise(model->rowAt(row).columns.value(1));
        if (!number.isEmpty())
            ++counts[number];
    }
    QStringList shared;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 1)
            shared << tr("%1 patients share the NHS number %2.").arg(it.value()).arg(NhsNumber::format(it.key()));
    }
    m_mustCheck = !shared.isEmpty();
    m_checked->setVisible(m_mustCheck);
    updateChoose();
    if (shared.isEmpty()) {
        m_duplicates->setVisible(false);
        return;
    }
    m_duplicates->setText(tr("Warning: %1 An NHS number belongs to one person: check the name, birth date and "
                             "address before you open a record, and report the duplicate.")
                              .arg(shared.join(QLatin1Char(' '))));
    m_duplicates->setVisible(true);
}

QString PatientSearchPanel::validationMessage() const
{
    return m_validation->isVisibleTo(this) ? m_validation->text() : QString();
}

void PatientSearchPanel::setDecision(const PolicyDecision& decision)
{
    m_results->setDecision(decision);
}

void PatientSearchPanel::showValidation(const QString& message, bool offerAnyway)
{
    m_validation->setText(message);
    m_validation->setVisible(!message.isEmpty());
    m_searchAnyway->setVisible(offerAnyway);
}

bool PatientSearchPanel::search()
{
    return runSearch(true);
}

bool PatientSearchPanel::searchAnyway()
{
    return runSearch(false);
}

bool PatientSearchPanel::runSearch(bool checkNhsNumber)
{
    QUrlQuery query;
    const QString nhsNumber = m_nhsNumber->text().trimmed();
    if (!nhsNumber.isEmpty()) {
        QString error;
        if (!NhsNumber::isValid(nhsNumber, &error)) {
            // Ten digits with a wrong check digit may still be sent on purpose; anything else may not.
            const QString digits = NhsNumber::normalise(nhsNumber);
            bool tenDigits = digits.size() == 10;
            for (const QChar c : digits) {
                tenDigits = tenDigits && c.isDigit() && c.unicode() < 0x80;
            }
            if (checkNhsNumber || !tenDigits) {
                showValidation(error, tenDigits);
                m_nhsNumber->setFocus();
                return false;
            }
        }
        m_nhsNumber->setText(NhsNumber::format(nhsNumber));
        query.addQueryItem(QStringLiteral("identifier"), NhsNumber::searchToken(nhsNumber));
    }
    const QString birthDate = m_birthDate->text().trimmed();
    if (!birthDate.isEmpty()) {
        if (!QDate::fromString(birthDate, Qt::ISODate).isValid()) {
            showValidation(tr("Write the birth date as year-month-day, for example 1998-03-19."));
            m_birthDate->setFocus();
            return false;
        }
        query.addQueryItem(QStringLiteral("birthdate"), birthDate);
    }
    const QList<QPair<QString, QLineEdit*>> texts {
        {QStringLiteral("name"), m_name}, {QStringLiteral("family"), m_family}, {QStringLiteral("given"), m_given}};
    for (const auto& [parameter, edit] : texts) {
        const QString value = edit->text().trimmed();
        if (!value.isEmpty()) {
            query.addQueryItem(parameter, value);
        }
    }
    const QString gender = m_gender->currentData().toString();
    if (!gender.isEmpty()) {
        query.addQueryItem(QStringLiteral("gender"), gender);
    }
    showValidation({});
    m_results->setQuery(query);
    m_results->load();
    return true;
}

void PatientSearchPanel::acknowledgeSharedNhsNumber()
{
    m_mustCheck = false;
    m_checked->setVisible(false);
    updateChoose();
}

void PatientSearchPanel::updateChoose()
{
    m_choose->setEnabled(!m_mustCheck && m_results->view()->currentIndex().isValid());
}

void PatientSearchPanel::choose(const fhir::ResourceRow& patient)
{
    if (!m_mustCheck) // the warning stays until the reader says they checked
        emit patientChosen(patient);
}

void PatientSearchPanel::chooseCurrent()
{
    const QModelIndex current = m_results->view()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_results->view()->model());
    const QModelIndex source = proxy ? proxy->mapToSource(current) : current;
    choose(m_results->model()->rowAt(source.row()));
}

void PatientSearchPanel::clear()
{
    for (QLineEdit* field : {m_nhsNumber, m_name, m_family, m_given, m_birthDate})
        field->clear();
    m_gender->setCurrentIndex(0);
    m_validation->clear();
    m_validation->setVisible(false);
    m_searchAnyway->setVisible(false);
    m_results->forgetRows();
    m_mustCheck = false;
    m_duplicates->setVisible(false);
    m_checked->setVisible(false);
    m_choose->setEnabled(false);
}

} // namespace ccri

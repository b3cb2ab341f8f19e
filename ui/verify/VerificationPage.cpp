#include "verify/VerificationPage.h"

#include "verify/Verifier.h"
#include "wizard/TaskWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace dts::ui {

VerificationPage::VerificationPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Data verification"));
    setSubTitle(tr("Compare the destination with the source after the copy: every row, or a sample of chunks, "
                   "with the rows missing, extra or different and the SQL that repairs them."));
    enabled = new QCheckBox(tr("Verify the data after the full copy"), this);
    mode = new QComboBox(this);
    mode->addItem(tr("All rows"), QStringLiteral("all"));
    mode->addItem(tr("Sampling"), QStringLiteral("sample"));
    mode->setToolTip(tr("Sampling checks the given share of each table's chunks, spread evenly, the same chunks every time"));
    ratio = new QSpinBox(this);
    ratio->setRange(10, 100);
    ratio->setValue(100);
    ratio->setSuffix(QStringLiteral(" %"));
    rowsPerSecond = new QSpinBox(this);
    rowsPerSecond->setRange(0, 1000000000);
    rowsPerSecond->setSpecialValueText(tr("unlimited"));
    rowsPerSecond->setToolTip(tr("Rows read per second on each side (0: unlimited), to spare a busy source"));
    mbPerSecond = new QDoubleSpinBox(this);
    mbPerSecond->setRange(0, 100000);
    mbPerSecond->setSpecialValueText(tr("unlimited"));
    mbPerSecond->setToolTip(tr("MB read per second on each side (0: unlimited)"));
    timeLimit = new QSpinBox(this);
    timeLimit->setRange(0, 10080);
    timeLimit->setSpecialValueText(tr("none"));
    timeLimit->setSuffix(tr(" min"));
    timeLimit->setToolTip(tr("Stop verifying after this time; tables not reached are reported as not checked"));
    note = new QLabel(this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(enabled);
    form->addRow(tr("Verification mode:"), mode);
    form->addRow(tr("Sampling ratio:"), ratio);
    form->addRow(tr("Rows per second:"), rowsPerSecond);
    form->addRow(tr("MB per second:"), mbPerSecond);
    form->addRow(tr("Time limit:"), timeLimit);
    form->addRow(note);
    connect(enabled, &QCheckBox::toggled, this, &VerificationPage::updateEnabled);
    connect(mode, &QComboBox::currentIndexChanged, this, &VerificationPage::updateEnabled);
    updateEnabled();
}

void VerificationPage::initializePage()
{
    if (auto *w = qobject_cast<TaskWizard *>(wizard()))
        setDestinationEngine(w->endpoints->destinationEngine->currentData().toString());
}

void VerificationPage::updateEnabled()
{
    const bool on = enabled->isChecked() && enabled->isEnabled();
    for (QWidget *w : std::initializer_list<QWidget *>{mode, rowsPerSecond, mbPerSecond, timeLimit})
        w->setEnabled(on);
    ratio->setEnabled(on && mode->currentData().toString() == QLatin1String("sample"));
}

void VerificationPage::setDestinationEngine(const QString &engine)
{
    TaskSpec probe;
    probe.destinationEngine = engine;
    const QString why = verify::notApplicable(probe);
    note->setText(why);
    enabled->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        enabled->setChecked(false);
    updateEnabled();
}

void VerificationPage::apply(Verification &v) const
{
    v.enabled = enabled->isChecked();
    v.mode = mode->currentData().toString();
    v.ratio = v.mode == QLatin1String("sample") ? ratio->value() : 100;
    v.rowsPerSecond = rowsPerSecond->value();
    v.mbPerSecond = mbPerSecond->value();
    v.timeLimitMinutes = timeLimit->value();
}

void VerificationPage::load(const Verification &v)
{
    enabled->setChecked(v.enabled);
    mode->setCurrentIndex(qMax(0, mode->findData(v.mode)));
    ratio->setValue(v.ratio);
    rowsPerSecond->setValue(v.rowsPerSecond);
    mbPerSecond->setValue(v.mbPerSecond);
    timeLimit->setValue(v.timeLimitMinutes);
    updateEnabled();
}

}  // namespace dts::ui

package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import java.util.UUID;

/** Copies of a service draft with another identity (the records' components stay as the directory defines them). */
final class Drafts {

    private Drafts() {}

    /** The draft with this id and organisation, everything else unchanged. */
    static ServiceDraft withIdentity(ServiceDraft d, UUID id, long organisationId) {
        return new ServiceDraft(
                id,
                organisationId,
                d.name(),
                d.alternateName(),
                d.description(),
                d.status(),
                d.url(),
                d.email(),
                d.interpretationServices(),
                d.applicationProcess(),
                d.feesDescription(),
                d.freeOfCharge(),
                d.eligibilityDescription(),
                d.minimumAge(),
                d.maximumAge(),
                d.anonymous(),
                d.outreach(),
                d.phoneCounselling(),
                d.videoCounselling(),
                d.chatCounselling(),
                d.alert(),
                d.textLanguage(),
                d.categoryCodes(),
                d.audienceCodes(),
                d.fieldOfActionCodes(),
                d.lifeStages(),
                d.languages(),
                d.phones(),
                d.contacts(),
                d.areas(),
                d.costOptions(),
                d.schedules(),
                d.sites(),
                d.translations(),
                d.exampleData(),
                d.sourceNote());
    }
}

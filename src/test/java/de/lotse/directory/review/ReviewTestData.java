package de.lotse.directory.review;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredService;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A small world for review tests: two providers with one member each, a planner, a category term and one published
 * service of the first provider. Names and keys are unique per instance (shared database).
 */
final class ReviewTestData {

    final Organisation orgA;
    final Organisation orgB;
    final String providerA;
    final String providerB;
    final String category;
    final StoredService serviceA;

    ReviewTestData(Organisations organisations, DirectoryServices services, JdbcClient jdbc, String label) {
        this.orgA = DirectoryTestData.provider(organisations, label + " Träger A");
        this.orgB = DirectoryTestData.provider(organisations, label + " Träger B");
        this.providerA = OrganisationTestData.user(jdbc, "PROVIDER");
        this.providerB = OrganisationTestData.user(jdbc, "PROVIDER");
        organisations.addMember(orgA.id(), providerA);
        organisations.addMember(orgB.id(), providerB);
        this.category = DirectoryTestData.term(jdbc, "lotse-beratung", label + " Beratung");
        this.serviceA = services.create(service(orgA.id(), label + " Familienberatung"), "test");
    }

    ServiceDraft service(long organisationId, String name) {
        return DirectoryTestData.service(
                organisationId,
                name,
                List.of(category),
                List.of(DirectoryTestData.newSite(
                        DirectoryTestData.school(name + " Schule"),
                        DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0)))));
    }

    static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(username).roles("PROVIDER");
    }

    static RequestPostProcessor planner() {
        return SecurityMockMvcRequestPostProcessors.user("planerin-review").roles("PLANNER");
    }

    static void verifiedOn(JdbcClient jdbc, UUID serviceId, LocalDate day) {
        jdbc.sql("UPDATE directory_service SET last_verified_at = ? WHERE id = ?")
                .params(day == null ? null : java.sql.Date.valueOf(day), serviceId)
                .update();
    }
}

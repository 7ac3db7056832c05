package de.lotse.directory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.Drafts;
import de.lotse.organisation.Organisations;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A proposal is never public: every GET page and API of the directory, HSDS, the Wegweiser and the organisations that
 * the application has, opened without signing in (paths with one id filled in with the proposal's and the service's
 * id), never shows a word of a proposal's content. New endpoints of these areas are covered automatically.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProposalPrivacyIntegrationTests {

    /** Where directory content is shown: the directory's pages and APIs, HSDS, the Wegweiser, organisations. */
    private static final List<String> DIRECTORY_AREAS =
            List.of("directory", "hsds", "beratung", "verzeichnis", "organisation");

    private final MockMvc mvc;
    private final Organisations organisations;
    private final DirectoryServices services;
    private final DirectoryProposals proposals;
    private final JdbcClient jdbc;
    private final RequestMappingHandlerMapping mappings;

    @Autowired
    ProposalPrivacyIntegrationTests(
            MockMvc mvc,
            Organisations organisations,
            DirectoryServices services,
            DirectoryProposals proposals,
            JdbcClient jdbc,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.services = services;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.mappings = mappings;
    }

    @Test
    void noPublicPageOrApiShowsAProposal() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Privat");
        String marker =
                "geheimvorschlag" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                w.providerA, "n/a", List.of(new SimpleGrantedAuthority("ROLE_PROVIDER"))));
        Proposal change;
        Proposal created;
        try {
            change = proposals.proposeChange(
                    w.serviceA.id(),
                    Drafts.with(Drafts.with(w.serviceA.content(), "name", marker + " Name"), "description", marker));
            proposals.submit(change.id(), null);
            created = proposals.proposeNew(Drafts.with(w.service(w.orgA.id(), marker + " Neu"), "description", marker));
        } finally {
            context.setAuthentication(null);
        }

        List<String> paths = new ArrayList<>();
        for (String pattern : getPatterns()) {
            long variables = pattern.chars().filter(c -> c == '{').count();
            if (variables == 0) {
                paths.add(pattern);
            } else if (variables == 1) {
                for (UUID id : List.of(w.serviceA.id(), change.id(), created.id())) {
                    paths.add(pattern.replaceAll("\\{[^}]+}", id.toString()));
                }
            }
        }
        assertThat(paths).contains("/api/v1/directory/change-requests/" + change.id());
        for (String path : paths) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain(marker);
        }
    }

    private TreeSet<String> getPatterns() {
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("**") && DIRECTORY_AREAS.stream().anyMatch(pattern::contains)) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }
}

package de.lotse.directory.review;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.StaleServiceException;
import de.lotse.directory.StoredService;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a submitted proposal to the directory in the caller's transaction: a new service is created, a change is
 * written over the current version (refused with {@code SERVICE_CHANGED} when the service changed since the proposal's
 * base version and the planner did not confirm), and the entry counts as verified today. The directory's refusals
 * become the proposal's field problems.
 */
@Component
class ProposalPublication {

    private final DirectoryServices services;
    private final ServiceEntries entries;

    ProposalPublication(DirectoryServices services, ServiceEntries entries) {
        this.services = services;
        this.entries = entries;
    }

    /** Writes the proposal to the directory and returns the service's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID apply(Proposal proposal, boolean confirmServiceChanged, String actor) {
        UUID serviceId;
        try {
            serviceId = proposal.isNewService()
                    ? services.create(proposal.draft(), actor).id()
                    : applyChange(proposal, confirmServiceChanged, actor);
        } catch (InvalidServiceException e) {
            throw ProposalException.invalid(e.problems().stream()
                    .map(p -> new ProposalFieldProblem(p.path(), p.messageKey(), p.arguments(), p.message()))
                    .toList());
        }
        services.verify(serviceId, actor);
        return serviceId;
    }

    private UUID applyChange(Proposal proposal, boolean confirmServiceChanged, String actor) {
        StoredService current = services.find(proposal.serviceId())
                .orElseThrow(() -> ProposalException.notFound("The service " + proposal.serviceId() + " is gone."));
        if (current.version() != proposal.baseVersion() && !confirmServiceChanged) {
            throw ProposalException.serviceChanged(
                    proposal.baseVersion(),
                    current.version(),
                    entries.changedFieldsSince(proposal.serviceId(), proposal.baseVersion()));
        }
        try {
            return services.update(proposal.serviceId(), current.version(), proposal.draft(), actor)
                    .id();
        } catch (StaleServiceException e) {
            throw ProposalException.serviceChanged(
                    proposal.baseVersion(),
                    e.actualVersion(),
                    e.changes().stream()
                            .map(StaleServiceException.Change::field)
                            .distinct()
                            .toList());
        }
    }
}

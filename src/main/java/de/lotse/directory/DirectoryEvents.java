package de.lotse.directory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes {@link DirectoryChanged} once the current transaction has committed (at once without one). */
final class DirectoryEvents {

    private DirectoryEvents() {}

    static void afterCommit(ApplicationEventPublisher events, DirectoryChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(event);
            }
        });
    }
}

package jp.kizuna.platform.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has committed everything on its topics. Test classes share one
 * broker, so a new class's consumers first replay what earlier classes published; a test that
 * compares a figure before and after its own events waits for that replay to finish.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    public static void awaitCaughtUp(String bootstrapServers, String groupId, Duration timeout, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(admin, groupId, topics)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("consumer group " + groupId + " did not catch up on " + List.of(topics)
                            + " within " + timeout);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + groupId, e);
        }
    }

    private static boolean caughtUp(Admin admin, String groupId, String... topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topics)).allTopicNames().get().forEach((name, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> {
            OffsetAndMetadata offset = committed.get(end.getKey());
            return end.getValue().offset() == 0 || (offset != null && offset.offset() >= end.getValue().offset());
        });
    }
}

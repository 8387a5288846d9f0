package io.vipgate.application.fakes;

import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Records what the services ask of Telegram; can be told to fail like Telegram sometimes does. */
public final class FakeVipChannel implements VipChannel {

    /** One {@code createChatInviteLink} call. */
    public record LinkRequest(long userId, String name, Instant expiresAt) {}

    private final List<LinkRequest> linkRequests = new ArrayList<>();
    private final List<Long> removals = new ArrayList<>();
    private final List<String> joinDecisions = new ArrayList<>();
    private JoinDecision joinAnswer = JoinDecision.DONE;
    private boolean failLinks;
    private boolean failRemovals;
    private final Set<Long> failRemovalsOf = new HashSet<>();
    private int removalAttempts;
    private LongConsumer onRemove = userId -> {};
    private final List<String> revokedLinks = new ArrayList<>();
    private final Map<Long, RemovalRefusal> refusals = new HashMap<>();
    private final Map<Long, MemberStatus> members = new HashMap<>();
    private int skippedRemovals;
    private LongConsumer beforeDecision = userId -> {};

    @Override
    public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
        linkRequests.add(new LinkRequest(userId, name, expiresAt));
        if (failLinks) {
            return CompletableFuture.failedFuture(new IllegalStateException("Telegram: 500 Internal Server Error"));
        }
        return CompletableFuture.completedFuture(
                new InviteLink("https://t.me/+fake" + linkRequests.size() + "u" + userId, expiresAt));
    }

    @Override
    public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
        joinDecisions.add((approve ? "approve " : "decline ") + userId);
        return CompletableFuture.completedFuture(joinAnswer);
    }

    @Override
    public CompletionStage<Void> revokeInviteLink(String url) {
        revokedLinks.add(url);
        return CompletableFuture.completedFuture(null);
    }

    /** Asks {@code stillWanted} first, as the real adapter does right before the ban; the ban is the hook's moment. */
    @Override
    public CompletionStage<Removal> remove(long userId, Supplier<CompletionStage<Boolean>> stillWanted) {
        removalAttempts++;
        if (failRemovals || failRemovalsOf.contains(userId)) {
            return CompletableFuture.failedFuture(new IllegalStateException("Telegram: 400 Bad Request"));
        }
        beforeDecision.accept(userId);
        return stillWanted.get().thenApply(wanted -> {
            if (!wanted) {
                skippedRemovals++;
                return new Removal.NotWanted();
            }
            RemovalRefusal refusal = refusals.get(userId);
            if (refusal != null) {
                return new Removal.Refused(refusal);
            }
            onRemove.accept(userId);
            removals.add(userId);
            members.put(userId, MemberStatus.LEFT);
            return new Removal.Removed();
        });
    }

    @Override
    public CompletionStage<MemberStatus> memberStatus(long userId) {
        return CompletableFuture.completedFuture(members.getOrDefault(userId, MemberStatus.LEFT));
    }

    /** Runs {@code action} before the committed state is asked, as a commit during a 429 pause would land. */
    public void beforeDecision(LongConsumer action) {
        beforeDecision = action;
    }

    /** Telegram refuses for good to remove this user, for {@code reason}. */
    public void refuseRemovalOf(long userId, RemovalRefusal reason) {
        refusals.put(userId, reason);
    }

    /** The user's standing as {@code getChatMember} answers it. */
    public void standing(long userId, MemberStatus status) {
        members.put(userId, status);
    }

    public List<String> revokedLinks() {
        return List.copyOf(revokedLinks);
    }

    /** Removals not carried out because the committed state no longer wanted them. */
    public int skippedRemovals() {
        return skippedRemovals;
    }

    /** What Telegram answers to the next join-request decisions. */
    public void answerJoinRequestsWith(JoinDecision answer) {
        joinAnswer = answer;
    }

    public void failLinks() {
        failLinks = true;
    }

    public void failRemovals() {
        failRemovals = true;
    }

    /** Fails removing this one user only, as a 400 for one chat member would. */
    public void failRemovalOf(long userId) {
        failRemovalsOf.add(userId);
    }

    /** Lets removals through again. */
    public void healRemovals() {
        failRemovals = false;
        failRemovalsOf.clear();
    }

    /** Removals asked for, failed ones included. */
    public int removalAttempts() {
        return removalAttempts;
    }

    /** Runs {@code action} at the moment a user is removed, to look at the world as it was then. */
    public void onRemove(LongConsumer action) {
        onRemove = action;
    }

    public List<LinkRequest> linkRequests() {
        return List.copyOf(linkRequests);
    }

    /** "approve 42" or "decline 42", in call order. */
    public List<String> joinDecisions() {
        return List.copyOf(joinDecisions);
    }

    public List<Long> removals() {
        return List.copyOf(removals);
    }
}

package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A group of (usually four) councils that compare their self-evaluations in one cycle. */
public class Quad {

    public UUID id;
    public UUID cycleId;
    public String name;
    public String facilitator;
    public String notes;
    public OffsetDateTime formedAt;
    public String formedBy;
    public OffsetDateTime updatedAt;
    public String updatedBy;
    public OffsetDateTime dissolvedAt;
    public String dissolvedBy;
    public int version;
    public List<QuadMember> members = new ArrayList<>();

    public List<String> memberCodes() {
        return members.stream().map(m -> m.councilCode).toList();
    }

    public boolean hasMember(String councilCode) {
        return members.stream().anyMatch(m -> m.councilCode.equalsIgnoreCase(councilCode));
    }

    public void addMember(String councilCode) {
        QuadMember member = new QuadMember();
        member.quadId = id;
        member.cycleId = cycleId;
        member.councilCode = councilCode;
        member.position = members.size();
        members.add(member);
    }

    public boolean dissolved() {
        return dissolvedAt != null;
    }
}

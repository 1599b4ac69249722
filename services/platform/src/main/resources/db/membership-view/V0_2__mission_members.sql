-- Local read model of mission membership, built from communities.memberships events.
create table mission_members (
    mission_id       text not null,
    user_id          text not null,
    role             text not null,
    stakeholder_type text,
    primary key (mission_id, user_id)
);

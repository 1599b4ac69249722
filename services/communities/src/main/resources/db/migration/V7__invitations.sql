-- A convener's invitation of a person to a mission, with the role they will have.
create table invitations (
    mission_id      uuid        not null references missions (id),
    user_id         text        not null,
    display_name    text        not null,
    role            text        not null check (role in ('convener', 'facilitator', 'member', 'observer')),
    invited_by_name text        not null,
    created_at      timestamptz not null,
    primary key (mission_id, user_id)
);
create index invitations_by_user on invitations (user_id);

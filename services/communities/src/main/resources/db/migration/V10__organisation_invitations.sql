-- An organisation's admins invite a person; the person becomes a member only by accepting (and
-- with it joins the missions the organisation takes part in).
create table organisation_invitations (
    id               uuid primary key,
    organisation_id  uuid        not null references organisations (id),
    user_id          text        not null,
    display_name     text        not null,
    stakeholder_type text,
    role             text        not null check (role in ('admin', 'member')),
    invited_by_name  text        not null,
    created_at       timestamptz not null,
    unique (organisation_id, user_id)
);
create index organisation_invitations_by_user on organisation_invitations (user_id);

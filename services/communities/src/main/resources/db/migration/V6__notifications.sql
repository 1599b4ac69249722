-- What a person is told about: for now, being mentioned in a message.
create table notifications (
    id          uuid primary key,
    user_id     text        not null,
    kind        text        not null check (kind in ('mention')),
    mission_id  uuid        not null references missions (id),
    channel_id  uuid        not null references channels (id),
    message_id  uuid        not null references messages (id),
    author_name text        not null,
    excerpt     text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notifications_by_user on notifications (user_id, created_at desc);

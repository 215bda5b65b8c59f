"""Script for testing the performance of json parsing and serialization."""
import json
import random
import sys
import time

DICT = {
    'ads_flags': 0,
    'age': 18,
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_artists': [
        "Nirvana", "Pearl Jam", "Soundgarden", "Alice in Chains",
        "Stone Temple Pilots",
    ],
    'favorite_authors': [
        "Kafka", "Dostoevsky", "Tolstoy", "Borges", "Pessoa",
    ],
    'friend_count': 0,
    'gender': 'm',
    'gender_for_display': 'Male',
    'id': 302933,
    'is_custom_profile_icon': 0,
    'last_seen_at_ts': 1280355017,
    'location': 'Sao Paulo',
    'name': 'Jo\u00e3o',
    'profile_image_url': 'http://example.com/images/user.jpg',
    'score': 3.14159,
    'nothing': None,
}

TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784,
     265853180, 45526486, 265463699, 265848143, 265863062,
     265392591, 265877490, 265823665, 265828884, 265753032], 60)


def mutate_dict(orig_dict, random_source):
    new_dict = dict(orig_dict)
    for key, value in new_dict.items():
        rand_val = random_source.random() * sys.maxsize
        if isinstance(key, (int, bytes, str)):
            new_dict[key] = type(key)(rand_val)
    return new_dict


random_source = random.Random(5)  # Fixed seed.
DICT_GROUP = [mutate_dict(DICT, random_source) for _ in range(3)]


def bench_json_loads(objs):
    total = 0
    for obj in objs:
        # 20 loads
        for _ in range(20):
            total += len(json.loads(obj))
    return total


def main():
    json_dict = json.dumps(DICT)
    json_tuple = json.dumps(TUPLE)
    json_dict_group = json.dumps(DICT_GROUP)
    objs = (json_dict, json_tuple, json_dict_group)
    t0 = time.perf_counter()
    total = 0
    for _ in range(1500):
        total += bench_json_loads(objs)
    time.perf_counter() - t0
    print(total)
    print(sorted(json.loads(json_dict).items())[:6])
    print(len(json_dict_group))


if __name__ == "__main__":
    main()

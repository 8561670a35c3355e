from putian.policy.restapi import json_guard


json_guard.install()

"""Prefect flows: thin wrappers that sequence eventline's core stages."""
